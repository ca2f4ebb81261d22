"""The fast path (app/jobgate/api/fastpath.py) answers exactly as the Connexion path: same status, headers and body.

Two apps serve the same store, one with JOBGATE_FAST_PATH on and one with it off; every request goes to both and
the answers are compared byte for byte (all headers but X-Request-ID). A wrapper records which path served each
request, so the tests also prove the fast path was taken where it should be (and not where it should not).
"""

from __future__ import annotations

import random
import re
import urllib.parse
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from jobgate.api.fastpath import FAST_MARK
from jobgate.auth import users
from jobgate.auth.passwords import hash_password
from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from tests.conftest import BACKENDS, backend_url


class Marked:
    """The app, noting whether the fast path served the last request."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.fast: bool | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        extensions: dict[str, Any] = {}
        if scope["type"] == "http":
            scope = {**scope, "extensions": extensions}
        await self.app(scope, receive, send)
        self.fast = bool(extensions.get(FAST_MARK))


@dataclass
class Side:
    marked: Marked
    client: httpx.AsyncClient


@dataclass
class Pair:
    fast: Side
    slow: Side

    async def both(self, method: str, url: str, **kwargs: Any) -> tuple[httpx.Response, httpx.Response, bool]:
        """The fast app's answer, the Connexion app's answer, and whether the fast path served the first."""
        a = await self.fast.client.request(method, url, **kwargs)
        b = await self.slow.client.request(method, url, **kwargs)
        assert self.slow.marked.fast is False
        return a, b, bool(self.fast.marked.fast)


def same(a: httpx.Response, b: httpx.Response) -> None:
    def headers(r: httpx.Response) -> list[tuple[str, str]]:
        return sorted((k, v) for k, v in r.headers.items() if k != "x-request-id")

    assert (a.status_code, headers(a), a.content) == (b.status_code, headers(b), b.content), (
        f"fast path {a.status_code} {a.text[:300]!r}\nConnexion {b.status_code} {b.text[:300]!r}")


@pytest.fixture(scope="module", params=BACKENDS)
def urls(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """Two fresh stores of one backend (seeded alike; commands change them alike)."""
    with backend_url(request.param, tmp_path_factory.mktemp("a")) as one, \
            backend_url(request.param, tmp_path_factory.mktemp("b")) as two:
        yield one, two


async def _side(url: str, fast: bool, **settings: Any) -> tuple[Any, Side]:
    app = create_app(Settings(database_url=url, validate_responses=True, fast_path=fast, long_poll_timeout_ms=200,
                              probe_interval_ms=50, **settings))
    await services_of(app).start()
    marked = Marked(app)
    return app, Side(marked, httpx.AsyncClient(transport=httpx.ASGITransport(app=marked), base_url="http://t"))


@pytest.fixture(scope="module")
async def reads(urls: tuple[str, str]) -> AsyncIterator[Pair]:
    """Fast and Connexion apps on the same store, seeded with varied jobs."""
    (fast_app, fast), (slow_app, slow) = await _side(urls[0], True), await _side(urls[0], False)
    await seed(fast.client)
    yield Pair(fast, slow)
    for app, side in ((fast_app, fast), (slow_app, slow)):
        await side.client.aclose()
        await services_of(app).stop()


async def seed(client: httpx.AsyncClient) -> None:
    rng = random.Random(3)
    for d in range(3):
        tenant = {"tenantId": ["a", "b"][d]} if d < 2 else {}
        r = await client.post("/admin/process-definitions", json={
            "bpmnProcessId": f"proc-{d}", **tenant,
            "tasks": [{"elementId": "first", "type": f"type-{d}"}, {"elementId": "second", "type": f"type-{d}"}]})
        assert r.status_code == 201, r.text
        for _ in range(4):
            jobs = [{"createTime": f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:00:0{rng.randint(0, 9)}Z",
                     "dueDate": rng.choice([None, "2025-01-01T00:00:00.123Z", "2031-05-05T05:05:05Z"]),
                     "retries": rng.choice([0, 1, 3]), "priority": rng.randint(-5, 50),
                     "suspended": rng.random() < 0.2, "state": rng.choice(["activatable", "activated", "failed"]),
                     "exceptionMessage": rng.choice([None, "boom"])} for _ in range(3)]
            r = await client.post("/admin/process-instances", json={"bpmnProcessId": f"proc-{d}", "jobs": jobs,
                                                                     "variables": {"n": d}, **tenant})
            assert r.status_code == 201, r.text


VALID = [
    "", "processDefinitionKey=proc-1&withRetriesLeft=true&active=true&sortBy=jobDueDate&sortOrder=asc"
    "&firstResult=0&maxResults=25",
    "withRetriesLeft=TRUE&noRetriesLeft=False", "executable=true", "timers=true", "messages=true",
    "withException=true&exceptionMessage=boom", "failedActivityId=first", "activityId=second", "suspended=true",
    "active=true&suspended=true", "priorityHigherThanOrEquals=+5&priorityLowerThanOrEquals=30",
    "priorityLowerThanOrEquals=-3", "tenantIdIn=a,b", "tenantIdIn=a&includeJobsWithoutTenantId=true",
    "withoutTenantId=true&tenantIdIn=a", "dueDates=gt_2020-01-01T00:00:00.000%2B0000",
    "dueDates=gt_2020-01-01T00:00:00Z,lt_2030-01-01T00:00:00+01:00", "createTimes=lt_2026-05-01T00:00:00.000+0000",
    "jobId=1", "jobIds=,", "processInstanceIds=x,y", "executionId=12", "processDefinitionId=nope",
    "maxResults=1&maxResults=x", "firstResult=2&maxResults=3", "foo=bar&maxResults=2", "processDefinitionKey=",
    "processDefinitionKey=proc%200", "processDefinitionKey=%C3%A9", "sortBy=jobId&sortOrder=desc&maxResults=0",
    "maxResults=10000", "withRetriesLeft", "a=1&a=2&b",
] + [f"sortBy={by}&sortOrder={order}" for by in ("jobId", "executionId", "processInstanceId", "processDefinitionId",
                                                  "processDefinitionKey", "jobPriority", "jobRetries", "jobDueDate",
                                                  "tenantId") for order in ("asc", "desc")]
INVALID = [
    "maxResults=x", "maxResults=-1", "firstResult=-1", "maxResults=2147483648", "maxResults=", "maxResults=1.5",
    "withRetriesLeft=yes", "withRetriesLeft=", "active=1", "sortBy=nope&sortOrder=asc", "sortBy=jobId&sortOrder=up",
    "sortBy=jobId", "sortOrder=asc", "timers=true&messages=true", "dueDates=foo", "dueDates=gt_bad",
    "dueDates=xx_2020-01-01T00:00:00Z", "createTimes=lt_2020-13-01T00:00:00Z", "dueDates=" + ",".join(
        ["gt_2020-01-01T00:00:00Z"] * 300), "maxResults=10001", "priorityHigherThanOrEquals=1.5",
    "priorityLowerThanOrEquals=99999999999999999999", "priorityLowerThanOrEquals=", "maxResults=%FF",
    "firstResult=x&maxResults=10001", "maxResults=x&maxResults=1",
]


def _random_queries(n: int, seed: int) -> list[str]:
    """Queries mixing the operation's parameters with values of every kind: mostly valid for the parameter's type,
    sometimes any value at all."""
    rng = random.Random(seed)
    boolean = ["true", "false", "True", "FALSE"]
    valid = {"jobId": ["1", "x"], "jobIds": ["1,2", ","], "processInstanceId": ["5"], "processDefinitionKey": [
        "proc-1", "proc-2", ""], "activityId": ["first", "second"], "priorityHigherThanOrEquals": ["0", "+3", "-7"],
        "priorityLowerThanOrEquals": ["40", "9"], "tenantIdIn": ["a", "a,b"], "sortBy": ["jobDueDate", "jobPriority",
        "tenantId"], "sortOrder": ["asc", "desc"], "firstResult": ["0", "2"], "maxResults": ["1", "5", "25"],
        "dueDates": ["gt_2020-01-01T00:00:00Z", "lt_2099-01-01T00:00:00.000+0000"], "createTimes": [
        "lt_2026-06-01T00:00:00Z"], "unknown": ["x"]}
    for name in ("withRetriesLeft", "noRetriesLeft", "executable", "timers", "messages", "withException", "active",
                 "suspended", "withoutTenantId", "includeJobsWithoutTenantId"):
        valid[name] = boolean
    anything = ["", "x", "-1", "1", "2147483648", "10001", "nope", "%", "é", "a\x00b", " 5", "1.5", "gt_bad"]
    names = sorted(valid)
    queries = []
    for _ in range(n):
        pairs = []
        for _ in range(rng.randint(1, 6)):
            name = rng.choice(names)
            pairs.append((name, rng.choice(valid[name] if rng.random() < 0.85 else anything)))
        queries.append(urllib.parse.urlencode(pairs))
    return queries


@pytest.mark.parametrize("path", ["/engine-rest/job", "/engine-rest/job/count"])
async def test_valid_camunda7_queries_take_the_fast_path_and_answer_the_same(reads: Pair, path: str) -> None:
    for query in VALID:
        a, b, fast = await reads.both("GET", f"{path}?{query}")
        same(a, b)
        if a.status_code == 200:
            assert fast, f"{path}?{query} did not take the fast path"
    r, _, _ = await reads.both("GET", path, params={"processDefinitionKey": "proc-1", "maxResults": "25"})
    assert r.status_code == 200 and (len(r.json()) > 0 if path.endswith("job") else r.json()["count"] > 0)


@pytest.mark.parametrize("path", ["/engine-rest/job", "/engine-rest/job/count"])
async def test_every_camunda7_error_answers_as_connexion_does(reads: Pair, path: str) -> None:
    for query in INVALID:
        a, b, _fast = await reads.both("GET", f"{path}?{query}")
        same(a, b)
        assert a.status_code == 400 or (path.endswith("count") and a.status_code == 200), (query, a.text)


async def test_random_camunda7_queries_answer_the_same(reads: Pair) -> None:
    statuses: dict[int, int] = {}
    for query in _random_queries(300, seed=11):
        a, b, _fast = await reads.both("GET", f"/engine-rest/job?{query}")
        same(a, b)
        statuses[a.status_code] = statuses.get(a.status_code, 0) + 1
    assert statuses.get(200, 0) > 30 and statuses.get(400, 0) > 30, statuses  # both kinds were exercised


@pytest.mark.parametrize(("headers", "content", "fast"), [
    ({"content-type": "bogus"}, b"", False), ({"content-type": "bogus"}, b"x", False),
    ({"content-type": "multipart/form-data"}, b"z", False),
    ({"content-type": "multipart/form-data; boundary=x"}, b"--x\r\nbad", False),
    ({"content-type": "application/x-www-form-urlencoded"}, b"a=%%", False),
    ({"content-type": "application/json"}, b"{bad", True),
    ({"content-type": "application/json; charset=bogus"}, b"{}", True),
    ({"content-type": "Text/Plain"}, b"x", True), ({}, b"zz", True),
], ids=range(9))
async def test_a_body_sent_to_a_list_answers_as_connexion_does(reads: Pair, headers: dict[str, str], content: bytes,
                                                               fast: bool) -> None:
    a, b, took = await reads.both("GET", "/engine-rest/job?maxResults=1", headers=headers, content=content)
    same(a, b)
    assert took == fast


async def test_operations_without_the_extension_take_the_connexion_path(reads: Pair) -> None:
    for method, url, kwargs in (("GET", "/engine-rest/job/1", {}),
                                ("POST", "/engine-rest/job-definition", {"json": {}}),
                                ("GET", "/process/api/v1/process-instances/1/jobs", {})):
        a, b, fast = await reads.both(method, url, **kwargs)
        same(a, b)
        assert not fast, url


async def test_switched_off_nothing_takes_the_fast_path(reads: Pair) -> None:
    await reads.slow.client.get("/engine-rest/job")
    assert reads.slow.marked.fast is False
    await reads.fast.client.get("/engine-rest/job")
    assert reads.fast.marked.fast is True


# ---- Zeebe: activation and job commands change the store, so each app has its own, seeded alike -------------


@pytest.fixture(params=BACKENDS)
async def writes(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Pair]:
    """Fast and Connexion apps, each on its own fresh store."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with backend_url(request.param, tmp_path / "a") as one, backend_url(request.param, tmp_path / "b") as two:
        (fast_app, fast), (slow_app, slow) = await _side(one, True), await _side(two, False)
        yield Pair(fast, slow)
        for app, side in ((fast_app, fast), (slow_app, slow)):
            await side.client.aclose()
            await services_of(app).stop()


def _masked(r: httpx.Response) -> Any:
    body = r.json()
    for job in (body.get("data") or {}).get("jobs", []):
        job["deadline"] = "masked"  # now + jobTimeout: the two runs differ by a few milliseconds
    return r.status_code, body


async def test_zeebe_activation_and_commands_answer_the_same(writes: Pair, uniq: str) -> None:
    for side in (writes.fast, writes.slow):
        r = await side.client.post("/admin/process-definitions", json={
            "bpmnProcessId": uniq, "tasks": [{"elementId": "a", "type": uniq}, {"elementId": "b", "type": uniq}]})
        assert r.status_code == 201, r.text
        for n in range(6):
            r = await side.client.post("/admin/process-instances", json={
                "bpmnProcessId": uniq, "variables": {"n": n, "big": "x" * 10}, "jobs": [
                    {"createTime": "2026-01-01T00:00:00Z"}]})
            assert r.status_code == 201, r.text
    a, b, fast = await writes.both("GET", "/zeebe/jobs", params={"type": uniq, "maxJobsToActivate": "2",
                                                                 "requestTimeout": "-1", "worker": "w"})
    assert fast and _masked(a) == _masked(b) and len(a.json()["data"]["jobs"]) == 2
    a, b, fast = await writes.both("GET", f"/zeebe/jobs?type={uniq}&requestTimeout=-1&jobTimeout=1m")
    assert fast and _masked(a) == _masked(b) and len(a.json()["data"]["jobs"]) == 4
    keys = [j["key"] for j in a.json()["data"]["jobs"]]
    commands = [{"status": "completed", "variables": {"done": True}}, {"status": "completed"},
                {"status": "failed", "retries": 2, "errorMessage": "again", "retryBackoff": "1h"},
                {"status": "error_thrown", "errorCode": "E1", "errorMessage": "no"}]
    for key, body in zip(keys, commands, strict=True):
        a, b, fast = await writes.both("PATCH", f"/zeebe/jobs/{key}", json=body)
        same(a, b)
        assert fast and a.status_code == 204, a.text
        a, b, fast = await writes.both("PATCH", f"/zeebe/jobs/{key}", json=body)  # again: the state decides
        same(a, b)
        assert fast and a.status_code == (204 if body["status"] == "failed" else 409), a.text
    a, b, _ = await writes.both("GET", "/engine-rest/job", params={"processDefinitionKey": uniq,
                                                                    "sortBy": "jobId", "sortOrder": "asc"})
    assert [{k: v for k, v in j.items() if k not in ("dueDate", "createTime")} for j in a.json()] == [
        {k: v for k, v in j.items() if k not in ("dueDate", "createTime")} for j in b.json()]


ZEEBE_BAD_QUERIES = ["", "type=", "type=a&maxJobsToActivate=0", "type=a&maxJobsToActivate=x",
                     "type=a&maxJobsToActivate=2147483648", "type=a&jobTimeout=5x", "type=a&jobTimeout=0ms",
                     "type=" + "x" * 256, "type=a%00b", "type=a&worker=", "type=a&requestTimeout=x",
                     "maxJobsToActivate=1", "type=a&worker=" + "w" * 256]
ZEEBE_BAD_BODIES: list[tuple[str, dict[str, str], bytes]] = [
    ("1", {"content-type": "application/json"}, b'{"status": "nope"}'),
    ("1", {"content-type": "application/json"}, b'{"status": "failed"}'),
    ("1", {"content-type": "application/json"}, b'{"status": "error_thrown"}'),
    ("1", {"content-type": "application/json"}, b'{"status": "completed", "variables": []}'),
    ("1", {"content-type": "application/json"}, b'{"status": "completed", "variables": {"n": NaN}}'),
    ("1", {"content-type": "application/json"}, b'{"status": "completed", "variables": {"n": 1e400}}'),
    ("1", {"content-type": "application/json"}, b'{"status": '),
    ("1", {"content-type": "application/json"}, b"[]"),
    ("1", {"content-type": "application/json"}, b"null"),
    ("1", {"content-type": "application/json"}, b""),
    ("1", {"content-type": "application/json"}, b'{"status": "completed", "x": "\xff"}'),
    ("1", {"content-type": "application/json; charset=latin-1"}, b'{"status": "completed"}'),
    ("1", {"content-type": "text/plain"}, b'{"status": "completed"}'),
    ("12", {"content-type": "Application/JSON"}, b'{"status": "completed"}'),
    ("1", {}, b'{"status": "completed"}'),
    ("0", {"content-type": "application/json"}, b'{"status": "completed"}'),
    ("x", {"content-type": "application/json"}, b'{"status": "completed"}'),
    ("99999999999999999999", {"content-type": "application/json"}, b'{"status": "completed"}'),
    ("12", {"content-type": "application/json"}, b'{"status": "completed"}'),  # unknown key: 404
    ("12", {"content-type": "application/json; charset=utf-8"}, b'{"status": "failed", "retries": 1}'),
]


async def test_zeebe_errors_answer_as_connexion_does(writes: Pair) -> None:
    for query in ZEEBE_BAD_QUERIES:
        a, b, _fast = await writes.both("GET", f"/zeebe/jobs?{query}")
        same(a, b)
        assert a.status_code == 400, (query, a.text)
    for key, headers, content in ZEEBE_BAD_BODIES:
        a, b, _fast = await writes.both("PATCH", f"/zeebe/jobs/{key}", headers=headers, content=content)
        same(a, b)
        assert a.status_code in (400, 404, 415), (key, content, a.text)


# ---- what sits outside the fast path applies to it: authentication, roles, tenants, request ids, metrics --------


@pytest.fixture
async def secured(tmp_path: Path) -> AsyncIterator[Pair]:
    """Fast and Connexion apps with authentication on, over one store holding jobs of tenants a and b."""
    url = f"sqlite:///{tmp_path / 'jobgate.db'}"
    (fast_app, fast), (slow_app, slow) = await _side(url, True, auth=True), await _side(url, False, auth=True)
    store = services_of(fast_app).store
    with store.write() as conn:
        for name, roles, tenants in (("admin", {"admin"}, None), ("reader-a", {"reader"}, frozenset({"a"})),
                                     ("worker", {"worker"}, None)):
            users.put_user(conn, name=name, password_hash=hash_password("secret-pw"), roles=frozenset(roles),
                           tenants=tenants, now=1)
    for side in (fast, slow):
        side.client.auth = httpx.BasicAuth("admin", "secret-pw")
    await seed(fast.client)
    yield Pair(fast, slow)
    for app, side in ((fast_app, fast), (slow_app, slow)):
        await side.client.aclose()
        await services_of(app).stop()


async def test_authentication_roles_and_tenants_apply_to_the_fast_path(secured: Pair) -> None:
    wrong, worker = httpx.BasicAuth("admin", "wrong-pw"), httpx.BasicAuth("worker", "secret-pw")
    for auth, status in ((None, 401), (wrong, 401), (worker, 403)):
        for side in (secured.fast, secured.slow):
            side.client.auth = auth  # type: ignore[assignment]
        a, b, fast = await secured.both("GET", "/engine-rest/job")
        same(a, b)
        assert (a.status_code, fast) == (status, False), a.text
    for side in (secured.fast, secured.slow):
        side.client.auth = httpx.BasicAuth("reader-a", "secret-pw")
    a, b, fast = await secured.both("GET", "/engine-rest/job", params={"sortBy": "jobId", "sortOrder": "asc"})
    same(a, b)
    assert fast and a.status_code == 200 and {j["tenantId"] for j in a.json()} == {"a", None}, a.text
    a, b, fast = await secured.both("PATCH", "/zeebe/jobs/2251799813685300", json={"status": "completed"})
    same(a, b)
    assert not fast and a.status_code == 403  # a reader may not complete jobs: refused before the fast path


async def test_request_ids_and_metrics_cover_the_fast_path(reads: Pair) -> None:
    r = await reads.fast.client.get("/engine-rest/job", params={"maxResults": "1"}, headers={"X-Request-ID": "abc-1"})
    assert reads.fast.marked.fast and r.headers["x-request-id"] == "abc-1"
    metrics = (await reads.fast.client.get("/metrics")).text
    series = 'jobgate_request_duration_seconds_count{dialect="camunda7",operation="get_jobs",status_class="2xx"}'
    assert series in metrics
    made = {(await reads.fast.client.get("/engine-rest/job", params={"maxResults": "1"})).headers["x-request-id"]
            for _ in range(50)}  # without one, each request gets an id of its own: 32 hex digits
    assert len(made) == 50 and all(re.fullmatch(r"[0-9a-f]{32}", m) for m in made)
