"""Text and numbers no store can hold are a 400 in the dialect's shape on both backends, on every write path,
and change nothing: lone surrogates and NUL in strings and in object keys, integers outside int64."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from jobgate.store.engine import Store
from tests.conftest import Admin

from .conftest import healthy, send, snapshot

DEEP: list[Any] = []
_inner = DEEP
for _ in range(120):
    _inner.append([])
    _inner = _inner[0]

# (label, a bad value to put in a string position, a bad document to put in a JSON-object position)
BAD: list[tuple[str, Any, dict[str, Any]]] = [
    ("lone high surrogate", "a\ud800", {"x": "\ud800"}),
    ("lone low surrogate in a key", "\udc00", {"\udc00": 1}),
    ("NUL", "a\x00b", {"x": "a\x00"}),
    ("NUL in a key", "\x00", {"k\x00": True}),
    ("integer above int64", None, {"n": 2**63}),
    ("integer below int64", None, {"n": [-(2**63) - 1]}),
    ("nested deep", None, {"n": DEEP}),
]
IDS = [b[0] for b in BAD]


def admin_bodies(process: str, text: Any, doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    bodies: list[tuple[str, dict[str, Any]]] = [
        ("/admin/process-instances", {"bpmnProcessId": process, "variables": doc}),
        ("/admin/process-instances", {"bpmnProcessId": process, "jobs": [{"customHeaders": doc}]}),
        ("/admin/load", {"instances": [{"bpmnProcessId": process, "count": 2, "variables": doc}]}),
        ("/admin/load", {"definitions": [{"bpmnProcessId": process + "-new", "tasks": [
            {"elementId": "a", "type": "t"}]}], "instances": [{"bpmnProcessId": process, "variables": doc}]}),
    ]
    if text is not None:
        bodies += [
            ("/admin/process-definitions", {"bpmnProcessId": process, "tasks": [{"elementId": "a", "type": text}]}),
            ("/admin/process-definitions", {"bpmnProcessId": text, "tasks": [{"elementId": "a", "type": "t"}]}),
            ("/admin/process-instances", {"bpmnProcessId": process, "businessKey": text}),
            ("/admin/process-instances", {"bpmnProcessId": process, "jobs": [{"exceptionMessage": text}]}),
            ("/admin/load", {"definitions": [{"bpmnProcessId": process, "name": text, "tasks": [
                {"elementId": "a", "type": "t"}]}]}),
        ]
    return bodies


@pytest.mark.parametrize(("label", "text", "doc"), BAD, ids=IDS)
async def test_admin_writes(client: httpx.AsyncClient, admin: Admin, store: Store, uniq: str, label: str,
                            text: Any, doc: dict[str, Any]) -> None:
    await admin.deploy(uniq)
    before = snapshot(store)
    for path, body in admin_bodies(uniq, text, doc):
        r = await send(client, "POST", path, body)
        assert r.status_code == 400, (path, body, r.text)
        problem = r.json()
        assert r.headers["content-type"] == "application/problem+json"
        assert set(problem) == {"type", "title", "status", "detail"} and problem["status"] == 400
        assert problem["detail"].startswith(("Invalid body", "Texts in the request body must not contain NUL")), \
            problem
    assert snapshot(store) == before
    await healthy(client)


def zeebe_bodies(text: Any, doc: dict[str, Any]) -> list[dict[str, Any]]:
    bodies: list[dict[str, Any]] = [
        {"status": "completed", "variables": doc},
        {"status": "failed", "retries": 1, "variables": doc},
        {"status": "error_thrown", "errorCode": "E", "variables": doc},
    ]
    if text is not None:
        bodies += [
            {"status": "failed", "retries": 1, "errorMessage": text},
            {"status": "failed", "retries": 0, "errorMessage": text},
            {"status": "error_thrown", "errorCode": text},
            {"status": "error_thrown", "errorCode": "E", "errorMessage": text},
        ]
    return bodies


@pytest.mark.parametrize(("label", "text", "doc"), BAD, ids=IDS)
async def test_zeebe_commands(client: httpx.AsyncClient, admin: Admin, store: Store, uniq: str, label: str,
                              text: Any, doc: dict[str, Any]) -> None:
    await admin.deploy(uniq, tasks=[{"elementId": "a", "type": uniq}])
    await admin.start(uniq)
    r = await client.get("/zeebe/jobs", params={"type": uniq, "maxJobsToActivate": 1, "requestTimeout": -1})
    key = r.json()["data"]["jobs"][0]["key"]
    before = snapshot(store)
    for body in zeebe_bodies(text, doc):
        r = await send(client, "PATCH", f"/zeebe/jobs/{key}", body)
        assert r.status_code == 400, (body, r.text)
        assert r.json()["data"] is None and r.json()["error"].startswith("Invalid body"), r.text
    assert snapshot(store) == before
    assert (await send(client, "PATCH", f"/zeebe/jobs/{key}", {"status": "completed"})).status_code == 204


@pytest.mark.parametrize("param", ["type", "worker"])
async def test_zeebe_activation_nul(client: httpx.AsyncClient, store: Store, param: str) -> None:
    before = snapshot(store)
    params = {"type": "t", "worker": "w", "requestTimeout": -1, param: "a\x00"}
    r = await client.get("/zeebe/jobs", params=params)
    assert (r.status_code, r.json()) == (400, {"data": None, "error": (
        f"Invalid query parameter `{param}` (`a\x00`): has an invalid format")})
    assert snapshot(store) == before


QUERIES: list[tuple[str, Callable[[str], dict[str, Any]]]] = [
    ("surrogate", lambda u: {"processDefinitionKey": u + "\ud800"}),
    ("surrogate list", lambda u: {"activityIdIn": ["\udfff"], "tenantIdIn": ["\ud800x"]}),
    ("NUL", lambda u: {"jobType": "\x00"}),
]


@pytest.mark.parametrize(("label", "body"), QUERIES, ids=[q[0] for q in QUERIES])
async def test_unstorable_query_texts_match_nothing(client: httpx.AsyncClient, admin: Admin, uniq: str, label: str,
                                                    body: Callable[[str], dict[str, Any]]) -> None:
    await admin.deploy(uniq)
    for path in ("/engine-rest/job-definition", "/engine-rest/job-definition/count"):
        r = await send(client, "POST", path, body(uniq))
        assert r.status_code == 200 and r.json() in ([], {"count": 0}), r.text
