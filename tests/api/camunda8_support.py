"""Helpers of the Camunda 8 API tests (tests/api/test_camunda8*.py) over the in-process app."""

from __future__ import annotations

from typing import Any

import httpx

FIELDS = {"jobKey", "type", "processInstanceKey", "rootProcessInstanceKey", "processDefinitionKey",
          "processDefinitionId", "processDefinitionVersion", "elementId", "elementInstanceKey", "customHeaders",
          "worker", "retries", "deadline", "variables", "tenantId", "physicalTenantId", "businessId", "kind",
          "listenerEventType", "userTask", "tags", "priority"}
PROBLEM_FIELDS = {"type", "title", "status", "detail", "instance"}


async def activate(client: httpx.AsyncClient, type_: str, **fields: Any) -> httpx.Response:
    body = {"type": type_, "timeout": 30_000, "maxJobsToActivate": 10, "worker": "w", "requestTimeout": -1, **fields}
    return await client.post("/v2/jobs/activation", json=body)


async def jobs_of(client: httpx.AsyncClient, type_: str, **fields: Any) -> list[dict[str, Any]]:
    r = await activate(client, type_, **fields)
    assert r.status_code == 200, r.text
    assert set(r.json()) == {"jobs"}
    return list(r.json()["jobs"])


def assert_problem(r: httpx.Response, status: int, title: str | None = None) -> str:
    """An RFC 9457 problem with all five fields, `instance` the request path; returns its detail."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert set(body) == PROBLEM_FIELDS, body
    assert body["type"] == "about:blank" and body["status"] == status
    assert body["instance"] == r.request.url.path
    if title is not None:
        assert body["title"] == title, body
    assert isinstance(body["detail"], str) and body["detail"]
    return str(body["detail"])
