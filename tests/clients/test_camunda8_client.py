"""Every operation of openapi/camunda8.yaml through its generated client (jobgate-camunda8-client), in-process:
typed results, and typed problem details for the errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import yaml  # type: ignore[import-untyped]
from jobgate_camunda8_client import Client
from jobgate_camunda8_client.api.cluster import get_topology
from jobgate_camunda8_client.api.job import (
    activate_jobs,
    complete_job,
    fail_job,
    search_jobs,
    throw_job_error,
    update_job,
)
from jobgate_camunda8_client.models import (
    JobActivationRequest,
    JobActivationResult,
    JobChangesetType1,
    JobCompletionRequest,
    JobErrorRequest,
    JobFailRequest,
    JobFilter,
    JobSearchQuery,
    JobSearchQueryResult,
    JobUpdateRequest,
    ProblemDetail,
    SearchQueryPage,
    TopologyResponse,
)

from .support import ROOT, typed, typed_list


@pytest.fixture
async def c8(app: Any) -> AsyncIterator[tuple[Client, list[tuple[str, int]]]]:
    """The client on the in-process app, and (operationId-ish path, status) of every call."""
    seen: list[tuple[str, int]] = []

    async def record(response: httpx.Response) -> None:
        seen.append((f"{response.request.method} {response.request.url.path}", response.status_code))

    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver/v2",
                             event_hooks={"response": [record]}, timeout=30)
    client = Client(base_url="http://testserver/v2", raise_on_unexpected_status=True).set_async_httpx_client(http)
    try:
        yield client, seen
    finally:
        await http.aclose()


def test_the_client_has_every_operation() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "camunda8.yaml").read_text())
    ids = {op["operationId"] for item in spec["paths"].values() for op in item.values()}
    modules = {p.stem for p in (ROOT / "generated" / "clients" / "camunda8").glob("jobgate_*_client/api/*/*.py")}
    assert ids == modules - {"__init__"} and len(ids) == 7


async def test_every_operation_typed(c8: tuple[Client, list[tuple[str, int]]], admin: Any, uniq: str) -> None:
    """Activate three jobs, update, fail, complete and throw for them, search, topology: every answer parses into
    its model with every field of its annotated type; then each command's 4xx parses as a ProblemDetail."""
    client, seen = c8
    await admin.deploy(uniq, [{"elementId": "task", "type": uniq}])
    for i in range(3):
        await admin.start(uniq, variables={"i": i})
    result = await activate_jobs.asyncio(client=client, body=JobActivationRequest(
        type_=uniq, timeout=30_000, max_jobs_to_activate=3, worker="gen", request_timeout=-1))
    jobs = typed(result, JobActivationResult).jobs
    assert [j.variables.additional_properties for j in jobs] == [{"i": 0}, {"i": 1}, {"i": 2}]
    assert all(j.tenant_id == "<default>" and j.worker == "gen" for j in jobs)
    first, second, third = (j.job_key for j in jobs)
    assert await update_job.asyncio(first, client=client, body=JobUpdateRequest(
        changeset=JobChangesetType1(timeout=60_000))) is None
    assert await fail_job.asyncio(first, client=client, body=JobFailRequest(retries=0, error_message="x")) is None
    assert await complete_job.asyncio(second, client=client, body=JobCompletionRequest()) is None
    assert await throw_job_error.asyncio(third, client=client, body=JobErrorRequest(error_code="E")) is None
    found = typed(await search_jobs.asyncio(client=client, body=JobSearchQuery(
        filter_=JobFilter(type_=uniq), page=SearchQueryPage(limit=10))), JobSearchQueryResult)
    assert [i.state for i in found.items] == ["FAILED", "COMPLETED", "ERROR_THROWN"]
    typed_list(found.items, type(found.items[0]))
    topology = typed(await get_topology.asyncio(client=client), TopologyResponse)
    assert topology.brokers[0].partitions[0].partition_id == 1
    # The errors: 409 (an incident), 404 (completed), 400 (invalid), each a typed problem detail.
    problems = [
        await complete_job.asyncio(first, client=client),
        await fail_job.asyncio(second, client=client),
        await throw_job_error.asyncio(third, client=client, body=JobErrorRequest(error_code="E")),
        await update_job.asyncio(second, client=client, body=JobUpdateRequest(
            changeset=JobChangesetType1(timeout=1000))),
        await activate_jobs.asyncio(client=client, body=JobActivationRequest(type_=uniq, timeout=1,
                                                                             max_jobs_to_activate=1,
                                                                             tenant_ids=["not valid"])),
        await search_jobs.asyncio(client=client, body=JobSearchQuery(page=SearchQueryPage(limit=0))),
    ]
    statuses = [typed(p, ProblemDetail).status for p in problems]
    assert statuses == [409, 404, 409, 404, 400, 400]
    assert {path for path, status in seen if status < 300} >= {
        "POST /v2/jobs/activation", f"PATCH /v2/jobs/{first}", f"POST /v2/jobs/{first}/failure",
        f"POST /v2/jobs/{second}/completion", f"POST /v2/jobs/{third}/error", "POST /v2/jobs/search",
        "GET /v2/topology"}
