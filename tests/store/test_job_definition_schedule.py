"""Scheduled job-definition suspension changes in the store (app/jobgate/store/job_definition_schedule.py), on
both backends: what is kept, the order and semantics of apply_due, the stored tenant restriction, and that two
stores applying concurrently carry out each change exactly once."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import pytest
import sqlalchemy as sa

from jobgate.store import job_definition_ops as ops
from jobgate.store import job_definition_schedule as schedule
from jobgate.store.clock import MAX_MS
from jobgate.store.definitions import deploy, start_instances
from jobgate.store.engine import Store
from jobgate.store.errors import JobDefinitionNotFound
from jobgate.store.flow import Wake
from jobgate.store.model import DefinitionSpec, InstanceSpec, TaskSpec
from jobgate.store.tables import JOB, JOB_DEFINITION, JOB_DEFINITION_SCHEDULE

T = 1_714_566_600_000
TENANTS = (None, "ta", "tb")


def world(store: Store, bpmn: str = "p") -> dict[str | None, int]:
    """One definition of `bpmn` per tenant in TENANTS (task type w-<tenant>), one instance with one job each;
    the job definition id per tenant."""
    ids: dict[str | None, int] = {}
    with store.write() as conn:
        for tenant in TENANTS:
            spec = DefinitionSpec(bpmn_process_id=bpmn, tenant_id=tenant, tasks=[TaskSpec(element_id="a",
                                                                                          type=f"w-{tenant}")])
            ids[tenant] = deploy(conn, spec=spec, now=T).job_definitions[0].id
            start_instances(conn, spec=InstanceSpec(bpmn_process_id=bpmn, tenant_id=tenant), now=T)
    return ids


def states(store: Store) -> dict[str | None, tuple[bool, bool]]:
    """Per tenant: (definition suspended, its job suspended)."""
    with store.read() as conn:
        jd = dict(conn.execute(sa.select(JOB_DEFINITION.c.tenant_id, JOB_DEFINITION.c.suspended)).all())
        jobs = dict(conn.execute(sa.select(JOB.c.tenant_id, JOB.c.suspended)).all())
    return {t: (jd[t], jobs[t]) for t in TENANTS}


def kept(store: Store) -> list[Any]:
    with store.read() as conn:
        return list(conn.execute(sa.select(JOB_DEFINITION_SCHEDULE).order_by(JOB_DEFINITION_SCHEDULE.c.id)).all())


def apply(store: Store, now: int) -> Wake:
    with store.write() as conn:
        return schedule.apply_due(conn, now=now)


def by_key(store: Store, bpmn: str = "p", **kw: Any) -> None:
    with store.write() as conn:
        schedule.schedule_definitions(conn, selector=ops.Selector(bpmn_process_id=bpmn), now=T, **kw)


NONE = {t: (False, False) for t in TENANTS}


def test_single_definition_checks_the_id_first(fresh_store: Store) -> None:
    ids = world(fresh_store)
    for key, tenants in ((2**52 + 7, None), (ids["tb"], frozenset({"ta"}))):  # unknown; another tenant's
        with pytest.raises(JobDefinitionNotFound), fresh_store.write() as conn:
            schedule.schedule_definition(conn, key=key, job_definition_id=str(key), suspended=True,
                                         include_jobs=True, execution_date=T + 10, now=T, tenants=tenants)
    assert kept(fresh_store) == []
    with fresh_store.write() as conn:
        schedule.schedule_definition(conn, key=ids["ta"], job_definition_id=str(ids["ta"]), suspended=True,
                                     include_jobs=True, execution_date=T + 10, now=T, tenants=frozenset({"ta"}))
    (row,) = kept(fresh_store)
    assert (row.job_definition_id, row.tenants, row.execution_date, row.created) == (ids["ta"], ["ta"], T + 10, T)


def test_due_changes_apply_in_date_order_and_later_ones_stay(fresh_store: Store) -> None:
    world(fresh_store)
    by_key(fresh_store, suspended=False, include_jobs=True, execution_date=T + 20)
    by_key(fresh_store, suspended=True, include_jobs=True, execution_date=T + 10)  # kept later, due first
    by_key(fresh_store, suspended=True, include_jobs=False, execution_date=T + 30)
    with fresh_store.read() as conn:
        assert schedule.earliest(conn) == T + 10
    assert apply(fresh_store, T + 9) == Wake() and states(fresh_store) == NONE and len(kept(fresh_store)) == 3
    wake = apply(fresh_store, T + 20)  # suspend, then activate: the jobs are claimable again
    assert wake.now == {"w-None", "w-ta", "w-tb"}
    assert states(fresh_store) == NONE
    assert [r.execution_date for r in kept(fresh_store)] == [T + 30]
    assert apply(fresh_store, T + 30) == Wake()
    assert states(fresh_store) == {t: (True, False) for t in TENANTS} and kept(fresh_store) == []


def test_tenant_choice_and_stored_tenant_restriction(fresh_store: Store) -> None:
    world(fresh_store)
    with fresh_store.write() as conn:
        schedule.schedule_definitions(conn, selector=ops.Selector(bpmn_process_id="p", tenant_id="tb"),
                                      suspended=True, include_jobs=True, execution_date=T, now=T)
    apply(fresh_store, T)
    assert states(fresh_store) == {None: (False, False), "ta": (False, False), "tb": (True, True)}
    by_key(fresh_store, suspended=True, include_jobs=True, execution_date=T, tenants=frozenset({"ta"}))
    apply(fresh_store, T)  # the caller saw ta (and tenant-less rows) only: so does the run
    assert states(fresh_store) == {None: (True, True), "ta": (True, True), "tb": (True, True)}
    by_key(fresh_store, suspended=False, include_jobs=True, execution_date=T, tenants=frozenset())
    assert apply(fresh_store, T).now == {"w-None"}
    assert states(fresh_store)[None] == (False, False) and states(fresh_store)["tb"] == (True, True)


@pytest.mark.parametrize("selector", [ops.Selector(bpmn_process_id="nothing"),
                                      ops.Selector(process_definition_id="p:9:9"),
                                      ops.Selector(bpmn_process_id="p", tenant_id="elsewhere"),
                                      ops.Selector(job_definition_id=2**62)])
def test_a_selector_matching_nothing_changes_nothing(fresh_store: Store, selector: ops.Selector) -> None:
    world(fresh_store)
    with fresh_store.write() as conn:
        schedule.schedule_definitions(conn, selector=selector, suspended=True, include_jobs=True,
                                      execution_date=T, now=T)
    assert len(kept(fresh_store)) == 1
    assert apply(fresh_store, T) == Wake() and states(fresh_store) == NONE and kept(fresh_store) == []


def test_texts_no_store_holds_and_the_latest_date(fresh_store: Store) -> None:
    world(fresh_store)
    by_key(fresh_store, bpmn="p\x00", suspended=True, include_jobs=True, execution_date=T)  # matches nothing
    assert kept(fresh_store) == []
    by_key(fresh_store, bpmn="p" * 5000, suspended=True, include_jobs=False, execution_date=MAX_MS)
    with fresh_store.read() as conn:
        assert schedule.earliest(conn) == MAX_MS
    assert apply(fresh_store, T) == Wake() and len(kept(fresh_store)) == 1


def test_two_stores_apply_each_change_exactly_once(fresh_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two stores on one database (as two processes) apply due changes concurrently, a few per transaction."""
    world(fresh_store)
    changes = 40
    for i in range(changes):
        with fresh_store.write() as conn:
            schedule.schedule_definitions(conn, selector=ops.Selector(job_definition_id=1_000_000 + i),
                                          suspended=True, include_jobs=False, execution_date=T + i % 7, now=T)
    applied: list[int | None] = []
    real = ops.set_definitions_suspended

    def counting(conn: Any, **kw: Any) -> Wake:
        applied.append(kw["selector"].job_definition_id)
        return real(conn, **kw)

    monkeypatch.setattr(ops, "set_definitions_suspended", counting)
    other = Store(fresh_store.url)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def drain(store: Store) -> None:
        try:
            start.wait()
            while True:
                with store.write() as conn:
                    schedule.apply_due(conn, now=T + 10, limit=3)
                with store.read() as conn:
                    if schedule.earliest(conn) is None:
                        return
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=drain, args=(s,)) for s in (fresh_store, other)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        other.dispose()
    assert errors == []
    assert Counter(applied) == Counter(1_000_000 + i for i in range(changes))
    assert kept(fresh_store) == []
