"""Helpers of the Zeebe API tests (tests/api/test_zeebe*.py) over the in-process app."""

from __future__ import annotations

from typing import Any

import httpx

FIELDS = {"key", "status", "type", "processInstanceKey", "bpmnProcessId", "processDefinitionVersion",
          "processDefinitionKey", "elementId", "elementInstanceKey", "customHeaders", "worker", "retries",
          "deadline", "variables"}


async def setup(admin: Any, uniq: str, tasks: list[dict[str, Any]] | None = None, **start: Any
                ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Deploy a definition (one task of type `uniq` unless given) and start one instance of it."""
    deployed = await admin.deploy(uniq, tasks or [{"elementId": "task", "type": uniq}])
    return deployed, await admin.start(uniq, **start)


async def activate(client: httpx.AsyncClient, type_: str, **params: Any) -> httpx.Response:
    query: list[tuple[str, Any]] = [("type", type_), ("requestTimeout", params.pop("requestTimeout", -1))]
    for name, value in params.items():
        query.extend((name, v) for v in (value if isinstance(value, list) else [value]))
    return await client.get("/zeebe/jobs", params=query)


async def jobs_of(client: httpx.AsyncClient, type_: str, **params: Any) -> list[dict[str, Any]]:
    r = await activate(client, type_, **params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["error"] is None and set(body) == {"data", "error"}
    return list(body["data"]["jobs"])


async def patch(client: httpx.AsyncClient, key: int, body: dict[str, Any]) -> httpx.Response:
    return await client.patch(f"/zeebe/jobs/{key}", json=body)


async def c7_job(client: httpx.AsyncClient, key: int) -> dict[str, Any] | None:
    r = await client.get("/engine-rest/job", params={"jobId": str(key)})
    assert r.status_code == 200, r.text
    found = r.json()
    return found[0] if found else None


async def job_state(admin: Any, instance_key: int, key: int) -> dict[str, Any]:
    view = await admin.instance(instance_key)
    return next(j for j in view["jobs"] if j["key"] == key)


def assert_error(r: httpx.Response, status: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"data", "error"} and body["data"] is None
    assert isinstance(body["error"], str) and body["error"]
    return str(body["error"])
