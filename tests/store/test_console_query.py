"""The console's store queries: overview counts, search over every state with paging, incidents, one job, and
resubmit by key, each kept to the caller's tenants (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import uuid

import pytest

from jobgate.store import console_query as cq
from jobgate.store.definitions import deploy, start_instances
from jobgate.store.engine import Store
from jobgate.store.errors import JobExecuting, JobNotFound, NotFound
from jobgate.store.model import DefinitionSpec, InstanceSpec, JobFixture, TaskSpec

NOW = 1_714_566_600_000
FIXTURES = [JobFixture(), JobFixture(state="completed"), JobFixture(state="failed", retries=0, exception_message="x"),
            JobFixture(state="failed", retries=2), JobFixture(state="error_thrown", exception_message="bpmn"),
            JobFixture(state="activated", worker="w", deadline=NOW + 60_000)]


def _seed(store: Store, name: str, tenant: str | None) -> list[int]:
    with store.write() as conn:
        deploy(conn, spec=DefinitionSpec(bpmn_process_id=name, tenant_id=tenant,
                                         tasks=[TaskSpec(element_id="a", type=f"{name}-t")]), now=NOW)
        started, _ = start_instances(conn, spec=InstanceSpec(bpmn_process_id=name, tenant_id=tenant,
                                                             jobs=FIXTURES), now=NOW)
    return [j.key for j in started[0].jobs]


@pytest.fixture
def seeded(fresh_store: Store) -> tuple[Store, str, list[int], list[int], list[int]]:
    name = "p" + uuid.uuid4().hex[:8]
    return (fresh_store, name, _seed(fresh_store, name, None), _seed(fresh_store, name, "ta"),
            _seed(fresh_store, name, "tb"))


def test_overview_counts_by_type_and_state(seeded: tuple[Store, str, list[int], list[int], list[int]]) -> None:
    store, name, *_ = seeded
    with store.read() as conn:
        everything = cq.overview(conn)
        only_a = cq.overview(conn, tenants=frozenset({"ta"}))
    assert everything.by_type[f"{name}-t"] == {"activatable": 3, "activated": 3, "failed": 6, "completed": 3,
                                               "error_thrown": 3}
    assert everything.incidents == 6 and only_a.incidents == 4  # tenant-less jobs are visible to everyone
    assert only_a.by_type[f"{name}-t"]["completed"] == 2


def test_search_pages_over_every_state(seeded: tuple[Store, str, list[int], list[int], list[int]]) -> None:
    store, name, none, ta, tb = seeded
    with store.read() as conn:
        first = cq.search_jobs(conn, search=cq.JobSearch(type=f"{name}-t"), offset=0, limit=10)
        second = cq.search_jobs(conn, search=cq.JobSearch(type=f"{name}-t"), offset=10, limit=10)
        incidents = cq.search_jobs(conn, search=cq.JobSearch(bpmn_process_id=name, state=cq.INCIDENT), offset=0,
                                   limit=50, tenants=frozenset({"tb"}))
        foreign = cq.search_jobs(conn, search=cq.JobSearch(tenant_id="tb"), offset=0, limit=50,
                                 tenants=frozenset({"ta"}))
        by_instance = cq.search_jobs(conn, search=cq.JobSearch(state="completed", tenant_id="ta"), offset=0,
                                     limit=50)
    assert [r.key for r in first.rows] + [r.key for r in second.rows] == sorted(none + ta + tb)
    assert first.total == 18 and first.has_more and not second.has_more
    assert [r.key for r in incidents.rows] == [none[2], none[4], tb[2], tb[4]]
    assert foreign.total == 0
    assert [r.key for r in by_instance.rows] == [ta[1]]


def test_incidents_carry_message_and_trace(seeded: tuple[Store, str, list[int], list[int], list[int]]) -> None:
    store, _name, none, ta, tb = seeded
    with store.read() as conn:
        page = cq.list_incidents(conn, offset=0, limit=100, tenants=frozenset({"ta"}))
    assert [r.key for r in page.rows] == [none[2], none[4], ta[2], ta[4]]
    assert page.rows[0].exception_message == "x" and hasattr(page.rows[0], "exception_trace")


def test_one_job_in_any_state_within_tenants(seeded: tuple[Store, str, list[int], list[int], list[int]]) -> None:
    store, _name, none, ta, tb = seeded
    with store.read() as conn:
        assert cq.get_job(conn, key=ta[1], tenants=frozenset({"ta"})).state == "completed"
        assert cq.get_job(conn, key=none[0], tenants=frozenset()).key == none[0]
        with pytest.raises(JobNotFound):
            cq.get_job(conn, key=tb[0], tenants=frozenset({"ta"}))
        with pytest.raises(JobNotFound):
            cq.get_job(conn, key=1)


def test_resubmit_by_key(seeded: tuple[Store, str, list[int], list[int], list[int]]) -> None:
    store, name, none, ta, tb = seeded
    with store.write() as conn:
        wake = cq.resubmit_job(conn, key=ta[2], now=NOW, tenants=frozenset({"ta"}))
        job = cq.get_job(conn, key=ta[2])
        assert wake.now == {f"{name}-t"} and job.state == "activatable" and job.retries == 1
        with pytest.raises(JobExecuting):
            cq.resubmit_job(conn, key=ta[5], now=NOW)
        with pytest.raises(NotFound):
            cq.resubmit_job(conn, key=ta[1], now=NOW)  # completed: no runtime job
        with pytest.raises(JobNotFound):
            cq.resubmit_job(conn, key=tb[2], now=NOW, tenants=frozenset({"ta"}))
