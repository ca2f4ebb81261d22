"""OPA's view of one process instance's jobs in the store: derived states, paging, sorting, tenants, resubmit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import sqlalchemy as sa

from jobgate.store.definitions import deploy, start_instances
from jobgate.store.engine import Store
from jobgate.store.errors import Conflict, InstanceJobNotFound, InstanceNotFound, NotFound
from jobgate.store.instance_jobs import (
    STATES,
    get_instance_job,
    is_executing,
    list_instance_jobs,
    resubmit_instance_job,
)
from jobgate.store.model import DefinitionSpec, InstanceSpec, JobFixture, TaskSpec
from jobgate.store.tables import JOB, PROCESS_INSTANCE

NOW = 1_714_566_600_000  # 2024-05-01T12:30:00Z: every test passes `now` explicitly
PAST = NOW - 60_000
FUTURE = NOW + 60_000

# name -> fixture; the order is the key order (keys are allocated in fixture order)
FIXTURES: dict[str, JobFixture] = {
    "ready": JobFixture(),
    "due_now": JobFixture(due_date=NOW, retries=2),
    "past": JobFixture(due_date=PAST, retries=2),
    "scheduled": JobFixture(due_date=NOW + 1),
    "sched_faulted": JobFixture(due_date=FUTURE, retries=2, exception_message="boom", exception_trace="trace-sf"),
    "exhausted": JobFixture(state="failed", retries=0, due_date=PAST, exception_message="dead",
                            exception_trace="trace-ex"),
    "exhausted_sched": JobFixture(state="failed", retries=0, due_date=FUTURE, exception_message="dead later"),
    "no_retries_clean": JobFixture(state="failed", retries=0),
    "executing": JobFixture(state="activated", worker="w1", deadline=FUTURE, due_date=PAST),
    "lease_ends_now": JobFixture(state="activated", worker="w2", deadline=NOW),
    "completed": JobFixture(state="completed", due_date=PAST),
    "thrown": JobFixture(state="error_thrown", exception_message="bpmn error"),
}
RUNTIME = [n for n in FIXTURES if n not in ("completed", "thrown")]
EXPECTED = {
    "ALL": RUNTIME,
    "SCHEDULED": ["scheduled", "sched_faulted", "exhausted_sched"],
    "READY": ["ready", "due_now", "past", "exhausted", "no_retries_clean", "executing", "lease_ends_now"],
    "FAULTED": ["sched_faulted", "exhausted", "exhausted_sched"],
    "EXHAUSTED": ["exhausted", "exhausted_sched"],
}


@dataclass(frozen=True)
class Seeded:
    instance: int
    keys: dict[str, int]
    other_instance: int
    other_job: int
    type: str


def _seed(store: Store, *, tenant: str | None = None) -> Seeded:
    with store.write() as conn:
        deploy(conn, spec=DefinitionSpec(bpmn_process_id="order", tenant_id=tenant, tasks=[
            TaskSpec(element_id="charge", type="charge-card", name="Charge card"),
            TaskSpec(element_id="ship", type="ship"),
        ]), now=NOW)
        started, _ = start_instances(conn, spec=InstanceSpec(
            bpmn_process_id="order", tenant_id=tenant, jobs=list(FIXTURES.values())), now=NOW)
        other, _ = start_instances(conn, spec=InstanceSpec(bpmn_process_id="order", tenant_id=tenant,
                                                           jobs=[JobFixture()]), now=NOW)
    inst = started[0]
    return Seeded(instance=inst.key, keys={n: j.key for n, j in zip(FIXTURES, inst.jobs, strict=True)},
                  other_instance=other[0].key, other_job=other[0].jobs[0].key, type="charge-card")


@pytest.fixture(scope="module")
def jobs_store(database_url: str) -> Iterator[Store]:
    """One store per module and backend (SQLite, and PostgreSQL when configured); every test seeds its own
    instances (the same bpmnProcessId again is just a new version)."""
    s = Store(database_url)
    s.create_schema()
    yield s
    s.dispose()


@pytest.fixture
def seeded(jobs_store: Store) -> Seeded:
    return _seed(jobs_store)


def _list(store: Store, seeded: Seeded, *, state: str = "ALL", sorting: tuple[tuple[str, bool], ...] = (),
          offset: int = 0, limit: int = 100, with_total: bool = False, tenant: str | None = None) -> Any:
    with store.read() as conn:
        return list_instance_jobs(conn, instance_key=seeded.instance, tenant=tenant, state=state, now=NOW,
                                  sorting=sorting, offset=offset, limit=limit, with_total=with_total)


def _names(seeded: Seeded, rows: Any) -> list[str]:
    by_key = {k: n for n, k in seeded.keys.items()}
    return [by_key[r.key] for r in rows]


@pytest.mark.parametrize("state", STATES)
def test_state_filters_select_exactly_the_derived_jobs(jobs_store: Store, seeded: Seeded, state: str) -> None:
    page = _list(jobs_store, seeded, state=state, with_total=True)
    assert _names(seeded, page.rows) == EXPECTED[state]  # key order without a sort
    assert page.total == len(EXPECTED[state])
    assert page.has_more is False


def test_only_runtime_jobs_of_the_instance_are_listed(jobs_store: Store, seeded: Seeded) -> None:
    keys = {r.key for r in _list(jobs_store, seeded).rows}
    assert seeded.keys["completed"] not in keys and seeded.keys["thrown"] not in keys
    assert seeded.other_job not in keys
    with jobs_store.read() as conn:
        states = {r.state for r in conn.execute(sa.select(JOB.c.state).where(JOB.c.key.in_(keys)))}
    assert states == {"activatable", "activated", "failed"}


def test_due_date_boundary_now_is_ready_and_one_ms_later_is_scheduled(jobs_store: Store, seeded: Seeded) -> None:
    ready = _names(seeded, _list(jobs_store, seeded, state="READY").rows)
    scheduled = _names(seeded, _list(jobs_store, seeded, state="SCHEDULED").rows)
    assert "due_now" in ready and "due_now" not in scheduled
    assert "scheduled" in scheduled and "scheduled" not in ready


def test_paging_has_more_total_and_past_the_end(jobs_store: Store, seeded: Seeded) -> None:
    n = len(RUNTIME)
    first = _list(jobs_store, seeded, limit=1)
    assert _names(seeded, first.rows) == RUNTIME[:1] and first.has_more is True and first.total is None
    middle = _list(jobs_store, seeded, offset=3, limit=4, with_total=True)
    assert _names(seeded, middle.rows) == RUNTIME[3:7] and middle.has_more is True and middle.total == n
    exact = _list(jobs_store, seeded, offset=n - 2, limit=2)
    assert _names(seeded, exact.rows) == RUNTIME[-2:] and exact.has_more is False
    whole = _list(jobs_store, seeded, limit=n)
    assert len(whole.rows) == n and whole.has_more is False
    past = _list(jobs_store, seeded, offset=n, limit=5, with_total=True)
    assert list(past.rows) == [] and past.has_more is False and past.total == n
    far = _list(jobs_store, seeded, state="EXHAUSTED", offset=1000, limit=1, with_total=True)
    assert list(far.rows) == [] and far.has_more is False and far.total == 2


def _sort_value(f: JobFixture, field: str, seeded: Seeded, name: str) -> int:
    if field == "key":
        return seeded.keys[name]
    if field == "retries":
        return f.retries if f.retries is not None else (0 if f.state == "failed" else 3)
    return f.due_date if f.due_date is not None else -(2**62)  # null due dates sort low


@pytest.mark.parametrize("field", ["key", "retries", "due_date"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_both_orders_with_key_tie_breaker(jobs_store: Store, seeded: Seeded, field: str,
                                                  descending: bool) -> None:
    sign = -1 if descending else 1
    expected = sorted(RUNTIME, key=lambda n: (sign * _sort_value(FIXTURES[n], field, seeded, n), seeded.keys[n]))
    rows = _list(jobs_store, seeded, sorting=((field, descending),)).rows
    assert _names(seeded, rows) == expected
    if field != "key":  # the fixture has ties, so the tie-breaker is really exercised
        values = [_sort_value(FIXTURES[n], field, seeded, n) for n in expected]
        assert len(set(values)) < len(values)
    # paging through one at a time gives the same order (stable paging)
    paged = [_names(seeded, _list(jobs_store, seeded, sorting=((field, descending),), offset=i, limit=1).rows)[0]
             for i in range(len(RUNTIME))]
    assert paged == expected


def test_sorted_and_filtered_together(jobs_store: Store, seeded: Seeded) -> None:
    rows = _list(jobs_store, seeded, state="READY", sorting=(("retries", True),)).rows
    assert _names(seeded, rows) == ["ready", "executing", "lease_ends_now", "due_now", "past", "exhausted",
                                    "no_retries_clean"]


def test_is_executing_needs_an_activated_job_with_a_live_lease(jobs_store: Store, seeded: Seeded) -> None:
    with jobs_store.read() as conn:
        rows = {n: get_instance_job(conn, instance_key=seeded.instance, job_key=k, tenant=None)
                for n, k in seeded.keys.items() if n in RUNTIME}
    assert is_executing(rows["executing"], NOW) is True
    assert is_executing(rows["executing"], FUTURE) is False  # deadline == now: expired
    assert is_executing(rows["lease_ends_now"], NOW) is False
    assert is_executing(rows["lease_ends_now"], NOW - 1) is True
    assert [n for n, r in rows.items() if is_executing(r, NOW)] == ["executing"]


def test_unknown_instance_and_foreign_jobs_are_not_found(jobs_store: Store, seeded: Seeded) -> None:
    with jobs_store.read() as conn:
        with pytest.raises(InstanceNotFound):
            list_instance_jobs(conn, instance_key=1, tenant=None, state="ALL", now=NOW, sorting=(), offset=0,
                               limit=1, with_total=False)
        with pytest.raises(InstanceNotFound):
            get_instance_job(conn, instance_key=-1, job_key=seeded.keys["ready"], tenant=None)
        for job_key in (seeded.other_job, seeded.keys["completed"], seeded.keys["thrown"], 1, -1):
            with pytest.raises(InstanceJobNotFound):
                get_instance_job(conn, instance_key=seeded.instance, job_key=job_key, tenant=None)
        assert get_instance_job(conn, instance_key=seeded.other_instance, job_key=seeded.other_job,
                                tenant=None).key == seeded.other_job


def test_tenant_check(jobs_store: Store) -> None:
    mine = _seed(jobs_store, tenant="acme")
    plain = _seed(jobs_store)
    assert len(_list(jobs_store, mine, tenant="acme").rows) == len(RUNTIME)
    assert len(_list(jobs_store, mine, tenant=None).rows) == len(RUNTIME)  # no tenant named: no check
    with pytest.raises(InstanceNotFound):
        _list(jobs_store, mine, tenant="globex")
    with pytest.raises(InstanceNotFound):
        _list(jobs_store, plain, tenant="acme")
    with jobs_store.write() as conn, pytest.raises(NotFound):
        resubmit_instance_job(conn, instance_key=mine.instance, job_key=mine.keys["exhausted"], tenant="globex",
                              now=NOW)
    with jobs_store.read() as conn:
        row = get_instance_job(conn, instance_key=mine.instance, job_key=mine.keys["exhausted"], tenant="acme")
    assert (row.retries, row.state) == (0, "failed")


def _job(store: Store, key: int) -> Any:
    with store.read() as conn:
        return conn.execute(sa.select(JOB).where(JOB.c.key == key)).one()


def _instance_state(store: Store, key: int) -> str:
    with store.read() as conn:
        return str(conn.execute(sa.select(PROCESS_INSTANCE.c.state).where(PROCESS_INSTANCE.c.key == key))
                   .scalar_one())


def test_resubmit_exhausted_job(jobs_store: Store, seeded: Seeded) -> None:
    assert _instance_state(jobs_store, seeded.instance) == "incident"
    later = NOW + 5_000
    with jobs_store.write() as conn:
        row, wake = resubmit_instance_job(conn, instance_key=seeded.instance, job_key=seeded.keys["exhausted"],
                                          tenant=None, now=later)
    assert (row.state, row.retries, row.due_date, row.deadline) == ("activatable", 1, later, None)
    assert row.exception_message == "dead"  # the last exception is kept
    assert wake.now == frozenset({seeded.type})
    assert _job(jobs_store, row.key).worker is None
    # still incidents left (exhausted_sched, no_retries_clean, thrown): the instance stays in incident
    assert _instance_state(jobs_store, seeded.instance) == "incident"

    def names(state: str) -> list[str]:
        with jobs_store.read() as conn:
            page = list_instance_jobs(conn, instance_key=seeded.instance, tenant=None, state=state, now=later,
                                      sorting=(), offset=0, limit=100, with_total=False)
        return _names(seeded, page.rows)

    assert "exhausted" in names("READY") and "exhausted" in names("FAULTED")
    assert "exhausted" not in names("EXHAUSTED")


def test_resubmit_reopens_an_instance_whose_only_incident_it_was(jobs_store: Store) -> None:
    with jobs_store.write() as conn:
        deploy(conn, spec=DefinitionSpec(bpmn_process_id="solo", tasks=[TaskSpec(element_id="a", type="solo")]),
               now=NOW)
        started, _ = start_instances(conn, spec=InstanceSpec(bpmn_process_id="solo", jobs=[
            JobFixture(state="failed", retries=0, exception_message="x")]), now=NOW)
    inst = started[0]
    assert _instance_state(jobs_store, inst.key) == "incident"
    with jobs_store.write() as conn:
        resubmit_instance_job(conn, instance_key=inst.key, job_key=inst.jobs[0].key, tenant=None, now=NOW)
    assert _instance_state(jobs_store, inst.key) == "active"


def test_resubmit_scheduled_and_expired_jobs(jobs_store: Store, seeded: Seeded) -> None:
    with jobs_store.write() as conn:
        sched, _ = resubmit_instance_job(conn, instance_key=seeded.instance, job_key=seeded.keys["sched_faulted"],
                                         tenant=None, now=NOW)
        expired, wake = resubmit_instance_job(conn, instance_key=seeded.instance,
                                              job_key=seeded.keys["lease_ends_now"], tenant=None, now=NOW)
    assert (sched.due_date, sched.retries, sched.state, sched.exception_message) == (NOW, 2, "activatable", "boom")
    assert (expired.state, expired.deadline, expired.due_date) == ("activatable", None, NOW)
    assert _job(jobs_store, expired.key).worker is None
    assert wake.now == frozenset({seeded.type})


def test_resubmit_executing_job_conflicts_and_changes_nothing(jobs_store: Store, seeded: Seeded) -> None:
    key = seeded.keys["executing"]
    before = _job(jobs_store, key)
    with jobs_store.write() as conn, pytest.raises(Conflict):
        resubmit_instance_job(conn, instance_key=seeded.instance, job_key=key, tenant=None, now=NOW)
    assert _job(jobs_store, key) == before
    with jobs_store.write() as conn:  # once the lease has run out it may be resubmitted
        row, _ = resubmit_instance_job(conn, instance_key=seeded.instance, job_key=key, tenant=None, now=FUTURE)
    assert (row.state, row.deadline) == ("activatable", None)


def test_resubmit_history_job_is_not_found(jobs_store: Store, seeded: Seeded) -> None:
    for name in ("completed", "thrown"):
        with jobs_store.write() as conn, pytest.raises(NotFound):
            resubmit_instance_job(conn, instance_key=seeded.instance, job_key=seeded.keys[name], tenant=None,
                                  now=NOW)
    with jobs_store.write() as conn, pytest.raises(NotFound):
        resubmit_instance_job(conn, instance_key=seeded.instance, job_key=seeded.other_job, tenant=None, now=NOW)
    assert _job(jobs_store, seeded.keys["completed"]).state == "completed"


def test_resubmit_suspended_job_wakes_nobody(jobs_store: Store) -> None:
    with jobs_store.write() as conn:
        deploy(conn, spec=DefinitionSpec(bpmn_process_id="held", tasks=[
            TaskSpec(element_id="a", type="held", suspended=True)]), now=NOW)
        started, _ = start_instances(conn, spec=InstanceSpec(bpmn_process_id="held", jobs=[
            JobFixture(state="failed", retries=0, exception_message="x")]), now=NOW)
        _, wake = resubmit_instance_job(conn, instance_key=started[0].key, job_key=started[0].jobs[0].key,
                                        tenant=None, now=NOW)
    assert wake.now == frozenset()
