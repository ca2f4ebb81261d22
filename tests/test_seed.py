"""The demo data (`jobgate seed`) covers what the README and issue 3 promise, loads once, and is reproducible."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from jobgate.seed import seed, seed_if_empty
from jobgate.settings import Settings
from jobgate.store.engine import FIRST_KEY, Store
from jobgate.store.tables import JOB, JOB_DEFINITION, PROCESS_DEFINITION, PROCESS_INSTANCE
from tests.conftest import POSTGRES_URL

NOW = 1_767_225_600_000  # 2026-01-01T00:00:00Z


def _settings(directory: Path) -> Settings:
    return Settings(database_url=f"sqlite:///{directory / 'demo.db'}")


def _rows(settings: Settings, query: Any) -> list[Any]:
    store = Store(settings.database_url)
    try:
        with store.read() as conn:
            return list(conn.execute(query).all())
    finally:
        store.dispose()


def _scalar(settings: Settings, query: Any) -> Any:
    return _rows(settings, query)[0][0]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    settings = _settings(tmp_path_factory.mktemp("seed"))
    summary = seed_if_empty(settings, now=NOW)
    assert summary.startswith("seeded 5 process definitions"), summary
    yield settings


def _jobs(settings: Settings, *where: Any) -> int:
    return int(_scalar(settings, sa.select(sa.func.count()).select_from(JOB).where(*where)))


def test_definitions_versions_and_tenants(seeded: Settings) -> None:
    pd = PROCESS_DEFINITION
    rows = _rows(seeded, sa.select(pd.c.bpmn_process_id, pd.c.version, pd.c.tenant_id).order_by(pd.c.key))
    assert len({r.bpmn_process_id for r in rows}) >= 3
    assert ("order-fulfilment", 2, None) in [tuple(r) for r in rows]
    assert {r.tenant_id for r in rows} == {None, "tenant-a", "tenant-b"}
    assert _scalar(seeded, sa.select(sa.func.count()).select_from(JOB_DEFINITION).where(
        JOB_DEFINITION.c.suspended.is_(True))) >= 1
    assert {r.tenant_id for r in _rows(seeded, sa.select(JOB.c.tenant_id).distinct())} == {None, "tenant-a", "tenant-b"}


def test_a_few_hundred_jobs_in_every_state(seeded: Settings) -> None:
    assert 300 <= _jobs(seeded) <= 500
    states = dict(_rows(seeded, sa.select(JOB.c.state, sa.func.count()).group_by(JOB.c.state)))
    assert set(states) == {"activatable", "activated", "failed", "error_thrown", "completed"}
    assert all(n >= 5 for n in states.values()), states


def test_due_dates_past_and_future(seeded: Settings) -> None:
    assert _jobs(seeded, JOB.c.due_date < NOW, JOB.c.state == "activatable") > 0
    assert _jobs(seeded, JOB.c.due_date > NOW, JOB.c.state == "activatable") > 0
    assert _jobs(seeded, JOB.c.due_date.is_(None), JOB.c.state == "activatable") > 0
    assert _jobs(seeded, JOB.c.due_date < JOB.c.create_time) == 0
    assert _jobs(seeded, JOB.c.create_time > NOW) == 0


def test_exceptions_incidents_and_leases(seeded: Settings) -> None:
    incidents = JOB.c.state == "failed"
    assert _jobs(seeded, incidents) == _jobs(seeded, incidents, JOB.c.retries == 0,
                                             JOB.c.exception_message.is_not(None), JOB.c.exception_trace.is_not(None),
                                             JOB.c.failed_activity_id == JOB.c.element_id)
    assert _jobs(seeded, JOB.c.retries > 0, JOB.c.exception_message.is_not(None), JOB.c.state == "activatable") > 0
    assert _jobs(seeded, JOB.c.state == "activated", JOB.c.deadline > NOW, JOB.c.worker.is_not(None)) > 0
    assert _jobs(seeded, JOB.c.state == "activated", JOB.c.deadline <= NOW) > 0  # expired lease
    instances = dict(_rows(seeded, sa.select(PROCESS_INSTANCE.c.state, sa.func.count())
                           .group_by(PROCESS_INSTANCE.c.state)))
    assert instances.keys() == {"active", "incident"}


def test_variety(seeded: Settings) -> None:
    assert _jobs(seeded, JOB.c.suspended.is_(True), JOB.c.state == "activatable") > 0
    assert _jobs(seeded, JOB.c.kind == "timer") > 0 and _jobs(seeded, JOB.c.kind == "message") > 0
    assert _jobs(seeded, JOB.c.batch_id.is_not(None)) > 0
    assert len({p for (p,) in _rows(seeded, sa.select(JOB.c.priority).distinct())}) >= 4
    headers = _rows(seeded, sa.select(JOB.c.custom_headers).where(JOB.c.type == "charge-card").limit(1))[0][0]
    assert headers["paymentProvider"] == "stripe"
    variables = _rows(seeded, sa.select(PROCESS_INSTANCE.c.variables).where(
        PROCESS_INSTANCE.c.bpmn_process_id == "invoice").limit(1))[0][0]
    assert {"invoiceId", "amount", "currency"} <= variables.keys()
    assert _scalar(seeded, sa.select(sa.func.min(JOB.c.key))) > FIRST_KEY


def test_seed_if_empty_loads_once_and_seed_always_loads(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    first = seed_if_empty(settings)
    jobs = _jobs(settings)
    again = seed_if_empty(settings)
    assert again.startswith("not seeding") and "5 process definitions" in again
    assert _jobs(settings) == jobs
    forced = seed(settings)
    assert forced.split(" into ")[0] == first.split(" into ")[0]
    assert _jobs(settings) == 2 * jobs
    versions = _rows(settings, sa.select(PROCESS_DEFINITION.c.version).where(
        PROCESS_DEFINITION.c.bpmn_process_id == "order-fulfilment").order_by(PROCESS_DEFINITION.c.version))
    assert [v for (v,) in versions] == [1, 2, 3, 4]


def test_reproducible(tmp_path: Path) -> None:
    """Same keys and rows on every fresh store (the README's examples rely on the keys)."""
    a, b = _settings(tmp_path / "a"), _settings(tmp_path / "b")
    for s in (a, b):
        Path(s.database_url.removeprefix("sqlite:///")).parent.mkdir()
        seed(s, now=NOW)
    for table in (PROCESS_DEFINITION, JOB_DEFINITION, PROCESS_INSTANCE, JOB):
        query = sa.select(table).order_by(*table.primary_key.columns)
        assert _rows(a, query) == _rows(b, query)
    invoice = _rows(a, sa.select(PROCESS_DEFINITION.c.key).where(PROCESS_DEFINITION.c.bpmn_process_id == "invoice"))
    assert invoice[0][0] == FIRST_KEY + 1


def test_matches_the_readme(seeded: Settings) -> None:
    """README.md quotes these figures and keys; change it together with the seed."""
    states = dict(_rows(seeded, sa.select(JOB.c.state, sa.func.count()).group_by(JOB.c.state)))
    assert states == {"activatable": 156, "activated": 44, "failed": 42, "completed": 204, "error_thrown": 18}
    assert _scalar(seeded, sa.select(sa.func.count()).select_from(PROCESS_INSTANCE)) == 260
    first_incident = _rows(seeded, sa.select(JOB.c.key, JOB.c.process_instance_key).where(
        JOB.c.bpmn_process_id == "invoice", JOB.c.state == "failed").order_by(JOB.c.key).limit(1))[0]
    assert tuple(first_incident) == (2251799813685257, 2251799813685256)


@pytest.mark.postgres
def test_seed_postgres() -> None:
    assert POSTGRES_URL is not None
    settings = Settings(database_url=POSTGRES_URL)
    seed_if_empty(settings)  # the shared test database may already hold other tests' definitions
    before = _jobs(settings)
    assert seed(settings).startswith("seeded 5 process definitions, 260 process instances and 464 jobs")
    assert _jobs(settings) == before + 464


@pytest.fixture(scope="module")
def settings(seeded: Settings) -> Settings:
    """The app of this module serves the seeded store."""
    return seeded.model_copy(update={"validate_responses": True})


async def test_served_through_the_dialects(client: httpx.AsyncClient, seeded: Settings) -> None:
    runtime = _jobs(seeded, JOB.c.state.in_(("activatable", "activated", "failed")))
    r = await client.get("/engine-rest/job/count")
    assert r.status_code == 200 and r.json() == {"count": runtime}
    r = await client.get("/engine-rest/job/count", params={"noRetriesLeft": "true"})
    assert r.json() == {"count": _jobs(seeded, JOB.c.state == "failed")}
    r = await client.post("/engine-rest/job-definition/count", json={"tenantIdIn": ["tenant-a", "tenant-b"]})
    assert r.json() == {"count": 6}
