"""Camunda's own Python SDK (camunda-orchestration-sdk, pinned) against a real jobgate server (uvicorn, `jobgate
serve`) at /v2, unchanged but for its address: its JobWorker completes, fails with a back-off, throws errors and
gets a job created while it waits; two workers never share a job; its low-level calls parse every answer (a
missing required field raises MissingRequiredFieldError) and its typed errors arrive for 404, 409 and 400.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from camunda_orchestration_sdk import CamundaAsyncClient, WorkerConfig
from camunda_orchestration_sdk.errors import BadRequestError, ConflictError, NotFoundError, UnauthorizedError
from camunda_orchestration_sdk.models import (
    JobActivationRequest,
    JobChangeset,
    JobCompletionRequest,
    JobErrorRequest,
    JobFailRequest,
    JobSearchQuery,
    JobSearchQueryFilter,
    JobUpdateRequest,
)
from camunda_orchestration_sdk.runtime.job_worker import JobError, JobFailure

from jobgate.store.engine import Store
from tests.auth.support import AUDIENCE, ISSUER, PASSWORD, ROLE_USERS, Keys, add_users
from tests.conftest import BACKENDS, backend_url
from tests.servers import Server

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _no_camunda_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """CAMUNDA_* variables change what the SDK sends (tenants, auth, worker defaults): none leak in."""
    for name in list(os.environ):
        if name.startswith(("CAMUNDA_", "ZEEBE_")):
            monkeypatch.delenv(name)


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with backend_url(request.param, tmp_path_factory.mktemp("db")) as url:
        running = Server(url, env={"JOBGATE_LONG_POLL_TIMEOUT_MS": "2000"})
        try:
            running.wait_ready()
            yield running
        finally:
            running.stop()


def sdk(url: str, **configuration: str) -> CamundaAsyncClient:
    return CamundaAsyncClient(configuration={"CAMUNDA_REST_ADDRESS": url, "CAMUNDA_AUTH_STRATEGY": "NONE",
                                             **configuration})


@pytest.fixture
async def admin(server: Server) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"{server.url}/admin", timeout=30) as client:
        yield client


async def start(admin: httpx.AsyncClient, type_: str, *variables: dict[str, Any]) -> list[dict[str, Any]]:
    """Deploy one task of `type_` and start one instance per variables document."""
    r = await admin.post("/process-definitions", json={"bpmnProcessId": type_,
                                                       "tasks": [{"elementId": "task", "type": type_}]})
    assert r.status_code == 201, r.text
    started = []
    for v in variables:
        r = await admin.post("/process-instances", json={"bpmnProcessId": type_, "variables": v})
        assert r.status_code == 201, r.text
        started.append(r.json())
    return started


async def job_of(admin: httpx.AsyncClient, instance: dict[str, Any]) -> dict[str, Any]:
    r = await admin.get(f"/process-instances/{instance['processInstanceKey']}")
    return dict(r.json()["jobs"][0]) | {"instance": r.json()}


async def until(predicate: Any, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not await predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


async def test_job_worker_completes_fails_with_back_off_and_throws(server: Server, admin: httpx.AsyncClient,
                                                                    uniq: str) -> None:
    """One worker, three instances: `complete` ends with the handler's variables merged; `fail` is failed with a
    2 s back-off (JobFailure) and completed on its second activation no sooner than that; `error` ends with the
    thrown code (JobError). A wrong field in any answer would stop the worker and leave an instance waiting."""
    instances = await start(admin, uniq, {"action": "complete"}, {"action": "fail"}, {"action": "error"})
    seen: dict[str, list[float]] = {}

    async def handler(job: Any) -> dict[str, Any]:
        action = job.variables.to_dict()["action"]
        seen.setdefault(action, []).append(time.monotonic())
        if action == "fail" and len(seen[action]) == 1:
            raise JobFailure("not yet", retries=job.retries - 1, retry_back_off=2000)
        if action == "error":
            raise JobError("E42", "no such card")
        return {"handled": action}

    async with sdk(server.url) as client:
        client.create_job_worker(WorkerConfig(job_type=uniq, job_timeout_milliseconds=30_000), handler)

        async def settled() -> bool:
            jobs = [await job_of(admin, i) for i in instances]
            return [j["state"] for j in jobs] == ["completed", "completed", "error_thrown"]

        await until(settled)
    done, retried, errored = [await job_of(admin, i) for i in instances]
    assert done["instance"]["variables"] == {"action": "complete", "handled": "complete"}
    assert retried["instance"]["variables"]["handled"] == "fail" and retried["retries"] == 2
    first, second = seen["fail"]
    assert 2.0 <= second - first < 5.0  # the back-off, then the next poll (the worker sleeps 1 s between polls)
    assert errored["instance"]["state"] == "incident"
    async with httpx.AsyncClient(base_url=server.url) as plain:
        found = (await plain.post("/v2/jobs/search", json={"filter": {"type": uniq, "state": "ERROR_THROWN"}})).json()
    (item,) = found["items"]
    assert item["jobKey"] == str(errored["key"])
    assert item["errorCode"] == "E42" and item["errorMessage"] == "no such card"


async def test_job_worker_receives_a_job_created_while_it_waits(server: Server, admin: httpx.AsyncClient,
                                                                 uniq: str) -> None:
    """The worker's long poll (request timeout 10 s) must get a job created while it is held, within 2 s."""
    await start(admin, uniq)  # the definition only
    done: list[float] = []

    async def handler(job: Any) -> None:
        done.append(time.monotonic())

    async with sdk(server.url) as client:
        client.create_job_worker(WorkerConfig(job_type=uniq, job_timeout_milliseconds=30_000,
                                              request_timeout_milliseconds=10_000), handler)
        await asyncio.sleep(1.5)  # the worker's first poll is held now
        t0 = time.monotonic()
        r = await admin.post("/process-instances", json={"bpmnProcessId": uniq})
        assert r.status_code == 201
        await until(lambda: asyncio.sleep(0, bool(done)), timeout=10)
    assert done[0] - t0 < 2


async def test_two_workers_never_get_the_same_job(server: Server, admin: httpx.AsyncClient, uniq: str) -> None:
    """Two workers (two clients) on one type, 40 jobs: every job handled exactly once."""
    instances = await start(admin, uniq, *({"n": i} for i in range(40)))
    handled: list[tuple[str, str]] = []

    def handler_for(name: str) -> Any:
        async def handler(job: Any) -> None:
            handled.append((name, str(job.job_key)))
            await asyncio.sleep(0.01)
        return handler

    async with sdk(server.url) as one, sdk(server.url) as two:
        one.create_job_worker(WorkerConfig(job_type=uniq, job_timeout_milliseconds=60_000, max_concurrent_jobs=5,
                                           request_timeout_milliseconds=1000), handler_for("one"))
        two.create_job_worker(WorkerConfig(job_type=uniq, job_timeout_milliseconds=60_000, max_concurrent_jobs=5,
                                           request_timeout_milliseconds=1000), handler_for("two"))
        await until(lambda: asyncio.sleep(0, len(handled) >= 40), timeout=60)
        await asyncio.sleep(1.5)  # time for a duplicate to show up
    keys = [key for _, key in handled]
    assert len(keys) == len(set(keys)) == 40
    assert {str(i["jobs"][0]["key"]) for i in instances} == set(keys)


async def test_low_level_calls_parse_every_answer(server: Server, admin: httpx.AsyncClient, uniq: str) -> None:
    """activate, update, fail, complete, throw, search and topology through the SDK's typed calls: each parses
    its answer (a missing required field raises MissingRequiredFieldError, a wrong type TypeError)."""
    await start(admin, uniq, {"a": 1}, {"a": 2}, {"a": 3})
    async with sdk(server.url) as client:
        result = await client.activate_jobs(data=JobActivationRequest(type_=uniq, timeout=30_000,
                                                                      max_jobs_to_activate=3, worker="low",
                                                                      request_timeout=-1))
        jobs = result.jobs
        assert len(jobs) == 3 and jobs[0].tenant_id == "<default>" and jobs[0].variables.to_dict() == {"a": 1}
        await client.update_job(jobs[0].job_key, data=JobUpdateRequest(changeset=JobChangeset(timeout=60_000,
                                                                                             retries=5)))
        await client.fail_job(jobs[0].job_key, data=JobFailRequest(retries=4, error_message="later",
                                                                   retry_back_off=60_000))
        await client.complete_job(jobs[1].job_key)  # no body at all
        await client.complete_job(jobs[2].job_key, data=JobCompletionRequest(variables={"b": 2}))
        found = await client.search_jobs(data=JobSearchQuery(filter_=JobSearchQueryFilter.from_dict({"type": uniq})))
        states = {str(item.job_key): str(item.state.value) for item in found.items}
        assert states == {str(jobs[0].job_key): "FAILED", str(jobs[1].job_key): "COMPLETED",
                          str(jobs[2].job_key): "COMPLETED"}
        assert found.page.total_items == 3
        topology = await client.get_topology()
        assert topology.cluster_size == 1 and topology.brokers[0].partitions[0].health.value == "healthy"
        # A throw for the failed (activatable) job: allowed, it ends with an incident.
        await client.throw_job_error(jobs[0].job_key, data=JobErrorRequest(error_code="E1", error_message="m"))


async def test_typed_errors(server: Server, admin: httpx.AsyncClient, uniq: str) -> None:
    """404 (unknown and completed jobs), 409 (error thrown) and 400 (invalid data) arrive as the SDK's typed
    errors carrying the parsed problem detail."""
    await start(admin, uniq, {}, {})
    async with sdk(server.url) as client:
        jobs = (await client.activate_jobs(data=JobActivationRequest(type_=uniq, timeout=30_000,
                                                                     max_jobs_to_activate=2,
                                                                     request_timeout=-1))).jobs
        with pytest.raises(NotFoundError) as missing:
            await client.complete_job("123456789")
        assert missing.value.parsed.title == "NOT_FOUND"
        await client.complete_job(jobs[0].job_key)
        with pytest.raises(NotFoundError):
            await client.fail_job(jobs[0].job_key, data=JobFailRequest(retries=1))
        await client.throw_job_error(jobs[1].job_key, data=JobErrorRequest(error_code="E"))
        with pytest.raises(ConflictError) as conflict:
            await client.complete_job(jobs[1].job_key)
        assert conflict.value.parsed.title == "INVALID_STATE"
        with pytest.raises(BadRequestError) as bad:
            await client.activate_jobs(data=JobActivationRequest(type_=uniq, timeout=0, max_jobs_to_activate=1))
        assert bad.value.parsed.status == 400 and bad.value.parsed.instance == "/v2/jobs/activation"


class _TokenEndpoint(BaseHTTPRequestHandler):
    token = ""
    requests: list[dict[str, list[str]]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        type(self).requests.append(form)
        body = json.dumps({"access_token": self.token, "expires_in": 300, "token_type": "Bearer"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def test_basic_and_oauth_strategies_with_auth_on(tmp_path: Path) -> None:
    """With JOBGATE_AUTH=on: no credentials are refused (401, as a typed error); the SDK's BASIC strategy (a
    worker user) and its OAUTH strategy (a JWT the test mints, served by a token endpoint on 127.0.0.1 that the
    SDK calls with its client credentials) both activate and complete jobs."""
    url = f"sqlite:///{tmp_path / 'jobgate.db'}"
    store = Store(url, pool_size=1, threads=1)
    store.create_schema()
    add_users(store)
    store.dispose()
    keys = Keys()
    env = {"JOBGATE_AUTH": "on", "JOBGATE_JWT_JWKS": str(keys.write_jwks(tmp_path / "jwks.json")),
           "JOBGATE_JWT_ISSUER": ISSUER, "JOBGATE_JWT_AUDIENCE": AUDIENCE}
    server = Server(url, env=env)
    _TokenEndpoint.token = keys.token(roles=["worker"], tenants=["*"], sub="svc-worker")
    idp = HTTPServer(("127.0.0.1", 0), _TokenEndpoint)
    threading.Thread(target=idp.serve_forever, daemon=True).start()
    try:
        server.wait_ready()
        admin = httpx.Client(base_url=f"{server.url}/admin", auth=(ROLE_USERS["admin"], PASSWORD))
        admin.post("/process-definitions", json={"bpmnProcessId": "p", "tasks": [{"elementId": "t", "type": "t"}]})
        for _ in range(2):
            assert admin.post("/process-instances", json={"bpmnProcessId": "p"}).status_code == 201

        async def run() -> None:
            request = JobActivationRequest(type_="t", timeout=30_000, max_jobs_to_activate=1, request_timeout=-1)
            async with sdk(server.url) as anonymous:
                with pytest.raises(UnauthorizedError):
                    await anonymous.activate_jobs(data=request)
            basic = sdk(server.url, CAMUNDA_AUTH_STRATEGY="BASIC", CAMUNDA_BASIC_AUTH_USERNAME=ROLE_USERS["worker"],
                        CAMUNDA_BASIC_AUTH_PASSWORD=PASSWORD)
            oauth = sdk(server.url, CAMUNDA_AUTH_STRATEGY="OAUTH", CAMUNDA_CLIENT_ID="svc",
                        CAMUNDA_CLIENT_SECRET="s3cret", CAMUNDA_OAUTH_URL=f"http://127.0.0.1:{idp.server_port}/token",
                        CAMUNDA_TOKEN_AUDIENCE="jobgate", CAMUNDA_TOKEN_DISK_CACHE_DISABLE="true")
            for client in (basic, oauth):
                async with client:
                    (job,) = (await client.activate_jobs(data=request)).jobs
                    await client.complete_job(job.job_key)

        asyncio.run(run())
        assert _TokenEndpoint.requests and _TokenEndpoint.requests[0]["client_id"] == ["svc"]
        assert _TokenEndpoint.requests[0]["grant_type"] == ["client_credentials"]
    finally:
        idp.shutdown()
        server.stop()


async def test_the_readme_worker(server: Server, admin: httpx.AsyncClient) -> None:
    """The README's "Camunda 8 worker" block, run as it stands with only CAMUNDA_REST_ADDRESS set: it completes a
    `charge-card` job within the card limit and fails one over it with one retry less."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    code = readme.split("## Camunda 8 worker\n")[1].split("```python\n")[1].split("```")[0]
    small, large = await start(admin, "charge-card", {"amount": 100}, {"amount": 5000})
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CAMUNDA_", "ZEEBE_"))}
    process = await asyncio.create_subprocess_exec(sys.executable, "-c", code, env={
        **env, "CAMUNDA_REST_ADDRESS": server.url}, stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL)
    try:
        async def handled() -> bool:
            jobs = [await job_of(admin, i) for i in (small, large)]
            return jobs[0]["state"] == "completed" and jobs[1]["retries"] == 2
        await until(handled, timeout=30)
    finally:
        process.terminate()
        await process.wait()
    assert (await job_of(admin, small))["instance"]["variables"] == {"amount": 100, "charged": 100}
    assert (await job_of(admin, large))["state"] == "activatable"  # back-off of 30 s


async def test_a_poll_whose_client_left_takes_no_job(server: Server, admin: httpx.AsyncClient, uniq: str) -> None:
    """A held /v2 poll whose client goes away (as the SDK's aclose() does) is dropped: a job created afterwards
    goes to the next caller at once instead of under a lease nobody holds."""
    await start(admin, uniq)  # the definition only
    body = {"type": uniq, "timeout": 60_000, "maxJobsToActivate": 1, "requestTimeout": 10_000}
    async with httpx.AsyncClient(base_url=server.url, timeout=0.5) as leaving:
        with pytest.raises(httpx.ReadTimeout):
            await leaving.post("/v2/jobs/activation", json=body)
    await asyncio.sleep(0.3)
    r = await admin.post("/process-instances", json={"bpmnProcessId": uniq})
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as staying:
        jobs = (await staying.post("/v2/jobs/activation", json={**body, "requestTimeout": 2000})).json()["jobs"]
    assert [j["jobKey"] for j in jobs] == [str(r.json()["jobs"][0]["key"])]
