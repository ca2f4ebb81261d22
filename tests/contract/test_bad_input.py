"""Bad input of every kind gets a 4xx in the dialect's shape and changes nothing (docs/design.md).

The `test_regression_*` tests pin the bugs the contract tests found, one each. Every test here also checks that
the store is unchanged and that nothing was logged as an error (a 500 in disguise, or a response that failed
Connexion's response validation: `validate_responses` is on in these tests).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from jobgate.api.common import json_response
from jobgate.settings import Settings
from jobgate.store.clock import now_ms
from jobgate.store.engine import Store

from .support import Snapshot

HUGE = 2**70


@dataclass(frozen=True)
class Target:
    """An operation that takes a body (OPA's resubmit takes none: only the size limit applies to it)."""

    dialect: str
    method: str
    path: str

    def __str__(self) -> str:
        return f"{self.dialect}:{self.method} {self.path}"


@dataclass(frozen=True)
class Seed:
    instance_key: int
    job_key: int


@pytest.fixture(scope="module")
async def seeded(admin: Any) -> Seed:
    await admin.deploy("bad-input", tasks=[{"elementId": "a", "type": "bad-input"}, {"elementId": "b", "type": "b"}])
    started = await admin.start("bad-input")
    return Seed(instance_key=started["processInstanceKey"], job_key=started["jobs"][0]["key"])


@pytest.fixture(scope="module")
def targets(seeded: Seed) -> dict[str, Target]:
    pi = f"/process/api/v1/process-instances/{seeded.instance_key}/jobs/{seeded.job_key}"
    return {
        "camunda7": Target("camunda7", "POST", "/engine-rest/job-definition"),
        "zeebe": Target("zeebe", "PATCH", f"/zeebe/jobs/{seeded.job_key}"),
        "admin-deploy": Target("admin", "POST", "/admin/process-definitions"),
        "admin-start": Target("admin", "POST", "/admin/process-instances"),
        "admin-load": Target("admin", "POST", "/admin/load"),
        "opa": Target("opa", "POST", pi),
    }


BODY_TARGETS = ["camunda7", "zeebe", "admin-deploy", "admin-start", "admin-load"]
ALL_TARGETS = [*BODY_TARGETS, "opa"]


@pytest.fixture
def unchanged(store: Store, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """The test's requests change nothing in the store and log no errors."""
    snapshot = Snapshot(store)
    before = snapshot.take()
    with caplog.at_level(logging.WARNING):
        yield
    assert snapshot.take() == before, "a rejected request changed the store"
    errors = [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, errors


def assert_dialect_error(response: httpx.Response, dialect: str, status: int | None = None) -> None:
    """A 4xx (the given one, if any) whose body has exactly the dialect's error shape."""
    assert 400 <= response.status_code < 500, (response.status_code, response.text)
    if status is not None:
        assert response.status_code == status, response.text
    body = response.json()
    content_type = response.headers["content-type"]
    if dialect == "camunda7":
        assert content_type == "application/json"
        assert set(body) == {"type", "message"} and body["type"] in ("InvalidRequestException", "RestException")
        assert isinstance(body["message"], str) and body["message"]
    elif dialect == "zeebe":
        assert content_type == "application/json"
        assert set(body) == {"data", "error"} and body["data"] is None and body["error"]
    elif dialect == "opa":
        assert content_type == "application/json"
        assert set(body) == {"type", "title", "status", "detail", "o:errorCode"}
        assert body["status"] == response.status_code and body["o:errorCode"] == f"OPA-{response.status_code}"
    else:
        assert content_type == "application/problem+json"
        assert {"type", "title", "status", "detail"} <= set(body) <= {"type", "title", "status", "detail", "instance"}
        assert body["status"] == response.status_code and body["detail"]


async def send(client: httpx.AsyncClient, target: Target, content: bytes | AsyncIterator[bytes],
               content_type: str | None = "application/json", **headers: str) -> httpx.Response:
    if content_type is not None:
        headers["content-type"] = content_type
    return await client.request(target.method, target.path, content=content, headers=headers)


async def chunks(data: bytes, size: int = 65536) -> AsyncIterator[bytes]:
    """A streamed body: httpx sends it chunked, without Content-Length."""
    for start in range(0, len(data), size):
        yield data[start:start + size]


# -- bodies -----------------------------------------------------------------------------------------------------

INVALID_UTF8 = [b'{"bpmnProcessId": "\xff\xfe"}', b'{"\xc3\x28": 1}', b"\x80"]


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("name", BODY_TARGETS)
@pytest.mark.parametrize("content", INVALID_UTF8, ids=["value", "key", "lone-continuation-byte"])
async def test_invalid_utf8_json_body_is_400(client: httpx.AsyncClient, targets: dict[str, Target], name: str,
                                             content: bytes) -> None:
    """Connexion 3.3 lets these escape as UnicodeDecodeError (spec-first/connexion#1860): a 500 unless handled."""
    response = await send(client, targets[name], content)
    assert_dialect_error(response, targets[name].dialect, 400)
    assert "UTF-8" in response.text


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("name", BODY_TARGETS)
@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"])
async def test_non_json_content_type_is_415(client: httpx.AsyncClient, targets: dict[str, Target], name: str,
                                            content_type: str) -> None:
    response = await send(client, targets[name], b'{"status": "completed"}', content_type)
    assert_dialect_error(response, targets[name].dialect, 415)


MALFORMED = {
    "truncated": b'{"status": ',
    "trailing-comma": b'{"status": "completed",}',
    "single-quotes": b"{'status': 'completed'}",
    "garbage": b"status=completed",
    "5000-digit-integer": b'{"status": "completed", "variables": {"x": ' + b"9" * 5000 + b"}}",
    "deeply-nested": b"[" * 200_000 + b"]" * 200_000,
}


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("name", BODY_TARGETS)
@pytest.mark.parametrize("content", list(MALFORMED.values()), ids=list(MALFORMED))
async def test_malformed_json_is_400(client: httpx.AsyncClient, targets: dict[str, Target], name: str,
                                     content: bytes) -> None:
    response = await send(client, targets[name], content)
    assert_dialect_error(response, targets[name].dialect, 400)
    assert "not valid JSON" in response.text


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("name", BODY_TARGETS)
@pytest.mark.parametrize("content", [b"[]", b'[{"status": "completed"}]', b'"completed"', b"42", b"true"])
async def test_non_object_body_is_400(client: httpx.AsyncClient, targets: dict[str, Target], name: str,
                                      content: bytes) -> None:
    response = await send(client, targets[name], content)
    assert_dialect_error(response, targets[name].dialect, 400)


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("name", BODY_TARGETS)
async def test_null_body_is_400(client: httpx.AsyncClient, targets: dict[str, Target], name: str) -> None:
    response = await send(client, targets[name], b"null")
    assert_dialect_error(response, targets[name].dialect, 400)


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("name", ["zeebe", "admin-deploy", "admin-start", "admin-load"])
async def test_missing_required_body_is_400(client: httpx.AsyncClient, targets: dict[str, Target], name: str) -> None:
    response = await send(client, targets[name], b"")
    assert_dialect_error(response, targets[name].dialect, 400)


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("name", ALL_TARGETS)
async def test_oversized_body_is_413(client: httpx.AsyncClient, settings: Settings, targets: dict[str, Target],
                                     name: str) -> None:
    body = b'{"x": "' + b"a" * settings.max_body_bytes + b'"}'
    response = await send(client, targets[name], body)
    assert_dialect_error(response, targets[name].dialect, 413)


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("name", ALL_TARGETS)
async def test_regression_oversized_chunked_body_is_413(client: httpx.AsyncClient, settings: Settings,
                                                        targets: dict[str, Target], name: str) -> None:
    """Without Content-Length the size was only checked as Connexion read the body: a 400 or the handler's 404."""
    body = b'{"x": "' + b"a" * settings.max_body_bytes + b'"}'
    response = await send(client, targets[name], chunks(body))
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert_dialect_error(response, targets[name].dialect, 413)


# -- huge integers, wrong types, unknown enum values, malformed dates, bad ids ----------------------------------

OPA_JOBS = "/process/api/v1/process-instances/{i}/jobs"
BAD_QUERIES = {
    "camunda7": [
        f"/engine-rest/job?firstResult={HUGE}", f"/engine-rest/job?maxResults={HUGE}",
        f"/engine-rest/job?priorityLowerThanOrEquals={HUGE}",
        f"/engine-rest/job/count?priorityHigherThanOrEquals=-{HUGE}",
        "/engine-rest/job?maxResults=-1", "/engine-rest/job?firstResult=1.5", "/engine-rest/job?active=yes",
        "/engine-rest/job?withException=1", "/engine-rest/job?sortBy=bogus&sortOrder=asc",
        "/engine-rest/job?sortBy=jobId&sortOrder=up", "/engine-rest/job?sortBy=jobId",
        "/engine-rest/job?timers=true&messages=true", "/engine-rest/job?dueDates=gt_2025-13-01T00:00:00.000%2B0000",
        "/engine-rest/job?dueDates=gt_2025-02-30T00:00:00Z", "/engine-rest/job?dueDates=gt_2025-01-01T00:00:00%2B9900",
        "/engine-rest/job?dueDates=eq_2025-01-01T00:00:00Z", "/engine-rest/job/count?createTimes=lt_yesterday",
        "/engine-rest/job/count?createTimes=lt_", f"/engine-rest/job-definition?firstResult={HUGE}",
    ],
    "zeebe": [
        f"/zeebe/jobs?type=bad-input&maxJobsToActivate={HUGE}", f"/zeebe/jobs?type=bad-input&requestTimeout={HUGE}",
        f"/zeebe/jobs?type=bad-input&requestTimeout=-{HUGE}", "/zeebe/jobs?type=bad-input&maxJobsToActivate=0",
        "/zeebe/jobs?type=bad-input&maxJobsToActivate=many", "/zeebe/jobs?type=bad-input&jobTimeout=1x",
        "/zeebe/jobs?type=bad-input&jobTimeout=0ms", "/zeebe/jobs?type=bad-input&jobTimeout=P1Y",
        "/zeebe/jobs?type=&requestTimeout=-1", "/zeebe/jobs?requestTimeout=-1",
    ],
    "opa": [
        f"{OPA_JOBS}?limit={HUGE}", f"{OPA_JOBS}?limit=0", f"{OPA_JOBS}?offset=-1", f"{OPA_JOBS}?limit=x",
        f"{OPA_JOBS}?state=BOGUS", f"{OPA_JOBS}?sortBy=NAME", f"{OPA_JOBS}?sortBy=JOBID",
        f"{OPA_JOBS}?totalResults=maybe",
    ],
    "admin": [
        f"/admin/process-instances/{HUGE}", "/admin/process-instances/-1", "/admin/process-instances/0",
        "/admin/process-instances/{i}?unknown=1",
    ],
}


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(("dialect", "url"), [(d, u) for d, urls in BAD_QUERIES.items() for u in urls])
async def test_bad_query_and_path_parameters_are_400(client: httpx.AsyncClient, seeded: Seed, dialect: str,
                                                     url: str) -> None:
    method = "POST" if "job-definition" in url else "GET"
    response = await client.request(method, url.replace("{i}", str(seeded.instance_key)),
                                    json={} if method == "POST" else None)
    assert_dialect_error(response, dialect, 400)


BAD_IDS = [
    ("zeebe", "PATCH", f"/zeebe/jobs/{HUGE}", 400), ("zeebe", "PATCH", "/zeebe/jobs/-1", 400),
    ("zeebe", "PATCH", "/zeebe/jobs/abc", 404), ("zeebe", "PATCH", "/zeebe/jobs/1.5", 404),
    ("zeebe", "PATCH", "/zeebe/jobs/1", 404),
    ("opa", "GET", f"/process/api/v1/process-instances/{HUGE}/jobs", 404),
    ("opa", "GET", "/process/api/v1/process-instances/abc/jobs", 404),
    ("opa", "GET", "/process/api/v1/process-instances/-1/jobs/1", 404),
    ("opa", "POST", f"/process/api/v1/process-instances/{HUGE}/jobs/{HUGE}", 404),
    ("opa", "GET", "/process/api/v1/process-instances/%FF%00/jobs", 404),
    ("admin", "GET", "/admin/process-instances/abc", 404), ("admin", "GET", "/admin/process-instances/1", 404),
]


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(("dialect", "method", "url", "status"), BAD_IDS)
async def test_invalid_or_unknown_path_ids_are_4xx(client: httpx.AsyncClient, dialect: str, method: str, url: str,
                                                   status: int) -> None:
    response = await client.request(method, url, json={"status": "completed"} if method == "PATCH" else None)
    assert_dialect_error(response, dialect, status)


BAD_BODIES: list[tuple[str, dict[str, Any]]] = [
    ("zeebe", {"status": "failed", "retries": HUGE}), ("zeebe", {"status": "failed", "retries": -1}),
    ("zeebe", {"status": "failed", "retries": "two"}), ("zeebe", {"status": "failed"}),
    ("zeebe", {"status": "bogus"}), ("zeebe", {"status": "error_thrown"}),
    ("zeebe", {"status": "failed", "retries": 1, "retryBackoff": "soon"}),
    ("zeebe", {"status": "completed", "variables": [1]}),
    ("zeebe", {"status": "completed", "variables": {"x": HUGE * HUGE * HUGE}}),
    ("camunda7", {"sorting": [{"sortBy": "bogus", "sortOrder": "asc"}]}),
    ("camunda7", {"sorting": [{"sortOrder": "asc"}]}), ("camunda7", {"sorting": [{"sortBy": "jobType"}]}),
    ("camunda7", {"activityIdIn": "charge-card"}), ("camunda7", {"active": "yes"}),
    ("admin-deploy", {"bpmnProcessId": "x", "tasks": "x"}), ("admin-deploy", {"bpmnProcessId": "x", "tasks": []}),
    ("admin-deploy", {"bpmnProcessId": "x", "tasks": [{"elementId": "a", "type": "a", "kind": "bogus"}]}),
    ("admin-deploy", {"bpmnProcessId": "x", "tasks": [{"elementId": "a", "type": "a", "overridingJobPriority": HUGE}]}),
    ("admin-deploy", {"bpmnProcessId": "x", "tasks": [{"elementId": "a", "type": "a"}] * 2}),
    ("admin-start", {"processDefinitionKey": HUGE}), ("admin-start", {"bpmnProcessId": "bad-input", "version": HUGE}),
    ("admin-start", {}), ("admin-start", {"bpmnProcessId": "bad-input", "extra": 1}),
    ("admin-start", {"bpmnProcessId": "bad-input", "jobs": [{"state": "bogus"}]}),
    ("admin-start", {"bpmnProcessId": "bad-input", "jobs": [{"dueDate": "yesterday"}]}),
    ("admin-start", {"bpmnProcessId": "bad-input", "jobs": [{"dueDate": "2025-01-01T00:00:00"}]}),
    ("admin-start", {"bpmnProcessId": "bad-input", "jobs": [{"dueDate": "2023-02-29T00:00:00Z"}]}),
    ("admin-start", {"bpmnProcessId": "bad-input", "jobs": [{"priority": HUGE}]}),
    ("admin-start", {"bpmnProcessId": "bad-input", "jobs": [{"elementId": "nope"}]}),
    ("admin-load", {"instances": [{"bpmnProcessId": "bad-input", "count": HUGE}]}),
    ("admin-load", {"instances": [{"bpmnProcessId": "bad-input", "count": 0}]}),
]


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(("name", "body"), BAD_BODIES)
async def test_bad_body_values_are_400(client: httpx.AsyncClient, targets: dict[str, Target], name: str,
                                       body: dict[str, Any]) -> None:
    target = targets[name]
    response = await client.request(target.method, target.path, json=body)
    assert_dialect_error(response, target.dialect, 400)


# -- regressions: bugs the contract tests found -----------------------------------------------------------------

@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("name", BODY_TARGETS)
async def test_regression_deeply_nested_json_is_400_not_500(client: httpx.AsyncClient, targets: dict[str, Target],
                                                            name: str) -> None:
    """json.loads raised RecursionError, rendered as a 500 (Camunda 7 and admin)."""
    response = await send(client, targets[name], b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    assert_dialect_error(response, targets[name].dialect, 400)


OUT_OF_RANGE = {  # 1e999 where each operation takes any value: it parses as inf
    "camunda7": b'{"unknownProperty": 1e999}',
    "zeebe": b'{"status": "completed", "variables": {"x": [1e999]}}',
    "admin-start": b'{"bpmnProcessId": "bad-input", "variables": {"x": {"y": -1e999}}}',
    "admin-load": b'{"instances": [{"bpmnProcessId": "bad-input", "variables": {"x": 1e999}}]}',
}


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(("name", "content"), list(OUT_OF_RANGE.items()), ids=list(OUT_OF_RANGE))
async def test_regression_numbers_out_of_range_are_400(client: httpx.AsyncClient, targets: dict[str, Target],
                                                       name: str, content: bytes) -> None:
    """Python's json parsed 1e999 as inf: Camunda 7 answered 200, admin stored it in variables (as null)."""
    response = await send(client, targets[name], content)
    assert_dialect_error(response, targets[name].dialect, 400)
    assert "out of range" in response.text


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("name", BODY_TARGETS)
@pytest.mark.parametrize("content", [b'{"x": NaN}', b'{"x": Infinity}', b'{"x": -Infinity}'])
async def test_regression_nan_and_infinity_are_not_json(client: httpx.AsyncClient, targets: dict[str, Target],
                                                        name: str, content: bytes) -> None:
    """Python's json accepts these non-JSON literals: Camunda 7 answered 200, admin stored them in variables."""
    response = await send(client, targets[name], content)
    assert_dialect_error(response, targets[name].dialect, 400)
    assert "not valid JSON" in response.text


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("name", BODY_TARGETS)
async def test_regression_unknown_charset_is_400(client: httpx.AsyncClient, targets: dict[str, Target],
                                                 name: str) -> None:
    """`charset=bogus` (no space after `;`) reached bytes.decode: LookupError, a 500."""
    response = await send(client, targets[name], b"{}", "application/json;charset=bogus")
    assert_dialect_error(response, targets[name].dialect, 400)


@pytest.mark.usefixtures("unchanged")
async def test_regression_quoted_charset_is_accepted(client: httpx.AsyncClient) -> None:
    """`charset="utf-8"` is valid HTTP; Connexion keeps the quotes, which bytes.decode did not know (a 500)."""
    response = await client.post("/engine-rest/job-definition/count", content=b"{}",
                                 headers={"content-type": 'application/json;charset="utf-8"'})
    assert response.status_code == 200, response.text


async def test_regression_chunked_json_body_is_accepted(client: httpx.AsyncClient, admin: Any) -> None:
    """Connexion took a body without Content-Length for a missing one: 400 "RequestBody is required"."""
    deployed = await admin.deploy("chunked", tasks=[{"elementId": "a", "type": "chunked"}])
    body = b'{"processDefinitionKey": %d}' % deployed["processDefinitionKey"]
    response = await client.post("/admin/process-instances", content=chunks(body, 7),
                                 headers={"content-type": "application/json"})
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert response.status_code == 201, response.text
    key = response.json()["jobs"][0]["key"]
    response = await client.patch(f"/zeebe/jobs/{key}", content=chunks(b'{"status": "completed"}', 5),
                                  headers={"content-type": "application/json"})
    assert response.status_code == 204, response.text


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(("dialect", "method", "url", "allow"), [
    ("opa", "DELETE", "/process/api/v1/process-instances/1/jobs/2", "GET, HEAD, POST"),
    ("opa", "PUT", "/process/api/v1/process-instances/1/jobs", "GET, HEAD"),
    ("zeebe", "DELETE", "/zeebe/jobs/1", "PATCH"),
    ("camunda7", "PUT", "/engine-rest/job", "GET, HEAD, POST"),
    ("admin", "GET", "/admin/load", "POST"),
])
async def test_regression_405_allow_names_every_method(client: httpx.AsyncClient, dialect: str, method: str,
                                                       url: str, allow: str) -> None:
    """Connexion routes each operation on its own: Starlette's 405 named only the first route's methods."""
    response = await client.request(method, url)
    assert_dialect_error(response, dialect, 405)
    assert response.headers["allow"] == allow


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("url", [
    "/engine-rest/job?unknownParameter=1", "/engine-rest/job/count?x-unknown=1&jobIds=1",
    "/zeebe/jobs?type=nothing-here&requestTimeout=-1&unknown=1",
    "/process/api/v1/process-instances/1/jobs?unknown=1",
])
async def test_regression_unknown_query_parameters_are_ignored_quietly(client: httpx.AsyncClient, url: str) -> None:
    """Ignored as the vendors do, but Connexion logged each one as an error ("not defined in specification")."""
    response = await client.get(url)
    assert response.status_code in (200, 404), response.text


@pytest.mark.parametrize(("timeout", "lease_ms"), [
    ("P351817871020DT00M102539.2S", 100 * 365 * 24 * 3_600_000),  # beyond datetime.timedelta: was a 400
    ("PT0.0005S", 1),  # a fraction of a millisecond rounds up: was 0ms, a 400 for a schema-valid value
])
async def test_regression_iso_job_timeouts_valid_for_the_schema_are_accepted(
        client: httpx.AsyncClient, admin: Any, timeout: str, lease_ms: int) -> None:
    job_type = f"lease-{lease_ms}"
    await admin.deploy(job_type, tasks=[{"elementId": "a", "type": job_type}])
    await admin.start(job_type)
    before = now_ms()
    response = await client.get("/zeebe/jobs", params={"type": job_type, "jobTimeout": timeout,
                                                       "requestTimeout": -1})
    after = now_ms()
    assert response.status_code == 200, response.text
    [job] = response.json()["data"]["jobs"]
    assert before + lease_ms <= job["deadline"] <= after + lease_ms


async def test_response_validation_catches_a_non_conforming_response(
        client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The canary for the contract tests: with `validate_responses` on (as there), a response that breaks its
    spec is a logged 500 in the dialect's shape, which their not_a_server_error and error-log checks fail on."""
    import jobgate.api.camunda7 as handlers

    def extra_property(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Any:
        return json_response({**body, "unexpected": True}, status, headers)

    monkeypatch.setattr(handlers, "json_response", extra_property)
    with caplog.at_level(logging.ERROR):
        response = await client.get("/engine-rest/job/count")
    assert response.status_code == 500
    assert response.json() == {"type": "ProcessEngineException", "message": "An internal error occurred."}
    assert any(r.levelno >= logging.ERROR for r in caplog.records)
