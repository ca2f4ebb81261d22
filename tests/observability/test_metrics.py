"""GET /metrics: every documented series moves when its event happens (docs/metrics.md)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from tests.api.zeebe_support import activate, jobs_of, patch, setup

OPA = "/process/api/v1"


async def scrape(client: httpx.AsyncClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of /metrics: (name, sorted labels) -> value."""
    r = await client.get("/metrics")
    assert r.status_code == 200, r.text
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(r.text) for s in family.samples}


def value(samples: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


async def delta(client: httpx.AsyncClient, before: dict[Any, float], name: str, **labels: str) -> float:
    return value(await scrape(client), name, **labels) - value(before, name, **labels)


async def test_job_lifecycle_counters(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    await setup(admin, uniq, tasks=[{"elementId": "a", "type": uniq}, {"elementId": "b", "type": uniq}])
    before = await scrape(client)
    (job,) = await jobs_of(client, uniq)
    assert await delta(client, before, "jobgate_job_events_total", event="activated", type=uniq) == 1
    assert (await patch(client, job["key"], {"status": "completed"})).status_code == 204
    assert await delta(client, before, "jobgate_job_events_total", event="completed", type=uniq) == 1
    (job,) = await jobs_of(client, uniq)  # task b
    assert (await patch(client, job["key"], {"status": "failed", "retries": 2})).status_code == 204
    assert await delta(client, before, "jobgate_job_events_total", event="failed", type=uniq) == 1
    assert await delta(client, before, "jobgate_incidents_total", event="created", type=uniq) == 0
    (job,) = await jobs_of(client, uniq)
    assert (await patch(client, job["key"], {"status": "failed", "retries": 0})).status_code == 204
    after = await scrape(client)
    assert value(after, "jobgate_job_events_total", event="failed", type=uniq) - \
        value(before, "jobgate_job_events_total", event="failed", type=uniq) == 2
    assert await delta(client, before, "jobgate_incidents_total", event="created", type=uniq) == 1
    assert await delta(client, before, "jobgate_job_events_total", event="activated", type=uniq) == 3


async def test_group_commit_counts_transactions_and_commands(client: httpx.AsyncClient, admin: Any,
                                                             uniq: str) -> None:
    """Each write command counts once; concurrent completes may share a transaction, never the reverse."""
    await setup(admin, uniq)
    for _ in range(5):
        await admin.start(uniq)
    jobs = await jobs_of(client, uniq, maxJobsToActivate=6)
    assert len(jobs) == 6
    before = await scrape(client)
    results = await asyncio.gather(*(patch(client, job["key"], {"status": "completed"}) for job in jobs))
    assert [r.status_code for r in results] == [204] * 6
    commands = await delta(client, before, "jobgate_group_commit_commands_total")
    transactions = await delta(client, before, "jobgate_group_commit_transactions_total")
    assert commands == 6 and 1 <= transactions <= 6


async def test_throw_error_and_resubmit(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    _, instance = await setup(admin, uniq)
    before = await scrape(client)
    (job,) = await jobs_of(client, uniq)
    r = await patch(client, job["key"], {"status": "error_thrown", "errorCode": "E1"})
    assert r.status_code == 204, r.text
    assert await delta(client, before, "jobgate_job_events_total", event="error_thrown", type=uniq) == 1
    assert await delta(client, before, "jobgate_incidents_total", event="created", type=uniq) == 1
    # a failed job (retries 0) resubmitted through OPA resolves its incident
    _, instance = await setup(admin, f"{uniq}r")
    (job,) = await jobs_of(client, f"{uniq}r")
    assert (await patch(client, job["key"], {"status": "failed", "retries": 0})).status_code == 204
    r = await client.post(f"{OPA}/process-instances/{job['processInstanceKey']}/jobs/{job['key']}")
    assert r.status_code == 200, r.text
    assert await delta(client, before, "jobgate_incidents_total", event="resolved", type=f"{uniq}r") == 1


async def test_camunda7_retries_resolve_an_incident(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    await setup(admin, uniq)
    before = await scrape(client)
    (job,) = await jobs_of(client, uniq)
    assert (await patch(client, job["key"], {"status": "failed", "retries": 0})).status_code == 204
    assert await delta(client, before, "jobgate_incidents_total", event="created", type=uniq) == 1
    r = await client.put(f"/engine-rest/job/{job['key']}/retries", json={"retries": 2})
    assert r.status_code == 204, r.text
    assert await delta(client, before, "jobgate_incidents_total", event="resolved", type=uniq) == 1


async def test_lease_expiry_reclaim_counts_timed_out(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    await setup(admin, uniq)
    before = await scrape(client)
    (job,) = await jobs_of(client, uniq, jobTimeout="10ms")
    await asyncio.sleep(0.05)
    (again,) = await jobs_of(client, uniq)
    assert again["key"] == job["key"]
    assert await delta(client, before, "jobgate_job_events_total", event="timed_out", type=uniq) == 1
    assert await delta(client, before, "jobgate_job_events_total", event="activated", type=uniq) == 2


async def test_long_polls_have_their_own_histogram(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    before = await scrape(client)
    count = "jobgate_long_poll_duration_seconds_count"
    requests = "jobgate_request_duration_seconds_count"
    labels = {"dialect": "zeebe", "operation": "activate_jobs", "status_class": "2xx"}
    # timeout: nothing arrives
    r = await activate(client, uniq, requestTimeout=50)
    assert r.status_code == 200 and r.json()["data"]["jobs"] == []
    assert await delta(client, before, count, outcome="timeout") == 1
    # jobs: a waiter is served by a start
    await admin.deploy(uniq, [{"elementId": "task", "type": uniq}])
    waiting = asyncio.create_task(activate(client, uniq, requestTimeout=5000))
    await _until_waiting(client, uniq)
    await admin.start(uniq)
    assert len((await waiting).json()["data"]["jobs"]) == 1
    assert await delta(client, before, count, outcome="jobs") == 1
    # cancelled: the request goes away while it waits
    waiting = asyncio.create_task(activate(client, f"{uniq}c", requestTimeout=5000))
    await _until_waiting(client, f"{uniq}c")
    waiting.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await waiting
    assert await delta(client, before, count, outcome="cancelled") == 1
    # none of the three waits is in the request histogram; an activation that did not wait is
    assert await delta(client, before, requests, **labels) == 0
    await activate(client, uniq)
    assert await delta(client, before, requests, **labels) == 1
    assert await delta(client, before, "jobgate_long_poll_waiters") == 0


async def _until_waiting(client: httpx.AsyncClient, type_: str) -> None:
    for _ in range(200):
        if value(await scrape(client), "jobgate_long_poll_waiters_by_type", type=type_) == 1:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the long poll never parked")


async def test_request_histogram_labels(client: httpx.AsyncClient) -> None:
    before = await scrape(client)
    assert (await client.get("/engine-rest/job")).status_code == 200
    assert (await patch(client, 1, {"status": "completed"})).status_code == 404
    assert (await client.get("/nowhere")).status_code == 404
    assert await delta(client, before, "jobgate_request_duration_seconds_count", dialect="camunda7",
                       operation="get_jobs", status_class="2xx") == 1
    assert await delta(client, before, "jobgate_request_duration_seconds_count", dialect="zeebe",
                       operation="update_job", status_class="4xx") == 1
    samples = await scrape(client)
    assert any(name == "jobgate_request_duration_seconds_count" and ("operation", "none") in labels
               for name, labels in samples)


async def test_gauges_and_process_metrics(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    await setup(admin, uniq)
    samples = await scrape(client)
    assert value(samples, "jobgate_jobs", state="activatable") >= 1
    assert "process_cpu_seconds_total" in {name for name, _ in samples}
    assert "python_info" in {name for name, _ in samples}


@pytest.fixture
async def capped(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Settings(database_url=database_url, metrics_max_types=2, long_poll_timeout_ms=100))
    await services_of(app).start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            yield c
    finally:
        await services_of(app).stop()


async def test_job_types_beyond_the_cap_are_other(capped: httpx.AsyncClient, uniq: str) -> None:
    for i in range(4):
        await activate(capped, f"{uniq}{i}")  # counting an activation of 0 jobs names no type; deploy + claim
    from tests.conftest import Admin

    admin = Admin(capped)
    for i in range(4):
        await setup(admin, f"{uniq}{i}")
        assert len(await jobs_of(capped, f"{uniq}{i}")) == 1
    samples = await scrape(capped)
    types = {dict(labels)["type"] for name, labels in samples
             if name == "jobgate_job_events_total" and dict(labels).get("event") == "activated"}
    assert types == {f"{uniq}0", f"{uniq}1", "other"}
    assert value(samples, "jobgate_job_events_total", event="activated", type="other") == 2


PROMQL_WORDS = {"sum", "by", "rate", "histogram_quantile", "le", "without", "avg", "max", "min", "increase"}


async def test_dashboard_queries_only_exposed_metrics(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Every metric name in docs/grafana-dashboard.json's `expr` fields is on /metrics (after some traffic)."""
    import json
    import re
    from pathlib import Path

    await setup(admin, uniq)
    await jobs_of(client, uniq)
    exposed = {name for name, _ in await scrape(client)}
    dashboard = json.loads((Path(__file__).resolve().parents[2] / "docs" / "grafana-dashboard.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    assert exprs
    for expr in exprs:
        bare = re.sub(r"\{[^}]*\}|\[[^\]]*\]|\"[^\"]*\"", "", expr)  # selectors, ranges, strings
        names = {w for w in re.findall(r"[a-zA-Z_:][a-zA-Z0-9_:]*", bare) if w not in PROMQL_WORDS}
        names -= {w for w in names if re.fullmatch(r"(dialect|status_class|operation|event|type|state|outcome)", w)}
        assert names, expr
        for name in names:
            assert name in exposed, f"{name} (in {expr!r}) is not on /metrics"


def test_metrics_page_documents_every_series() -> None:
    from pathlib import Path

    from jobgate.metrics import Metrics

    page = (Path(__file__).resolve().parents[2] / "docs" / "metrics.md").read_text()
    names = {m.name + ("_total" if m.type == "counter" else "") for m in Metrics().registry.collect()
             if m.name.startswith("jobgate_")}
    names |= {"jobgate_db_pool_in_use", "jobgate_db_pool_idle", "jobgate_db_pool_overflow",
              "jobgate_group_commit_transactions_total", "jobgate_group_commit_commands_total"}
    for name in names:
        assert f"`{name}`" in page, name
