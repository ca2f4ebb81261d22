"""Completes as a set (app/jobgate/store/completion.py, and completion_pg.py on PostgreSQL), on each backend.

A batch of completes must leave the store exactly as the same completes run one after another do (job rows,
instances, variables, keys of the next jobs, end times) and answer the same Wakes; a batch whose completes
interact or fail must refuse to run as a set, and a complete alone must give its own error. Each comparison runs
both ways inside transactions that are rolled back, on the same data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import activation, completion, definitions, flow
from jobgate.store.completion import Completion, Unbatchable
from jobgate.store.engine import Store
from jobgate.store.errors import InvalidRequest, JobNotCommandable, JobNotFound
from jobgate.store.model import DefinitionSpec, InstanceSpec, JobFixture, TaskSpec
from jobgate.store.tables import JOB, PROCESS_INSTANCE

NOW = 1_700_000_000_000
ACME = frozenset({"acme"})


def _deploy(conn: Connection, bpmn: str, tasks: list[TaskSpec], tenant: str | None = None, count: int = 1,
            variables: dict[str, Any] | None = None, jobs: list[JobFixture] | None = None) -> list[Any]:
    definitions.deploy(conn, spec=DefinitionSpec(bpmn_process_id=bpmn, tasks=tasks, tenant_id=tenant), now=NOW)
    started, _ = definitions.start_instances(conn, spec=InstanceSpec(
        bpmn_process_id=bpmn, tenant_id=tenant, variables=variables or {}, jobs=jobs, count=count), now=NOW)
    return started


@pytest.fixture
def world(fresh_store: Store) -> Iterator[tuple[Store, list[Completion]]]:
    """Instances of four shapes, and one complete for each runtime job that can take one (in scrambled order)."""
    t = TaskSpec
    with fresh_store.write() as conn:
        _deploy(conn, "one", [t(element_id="only", type="c-one")], count=3, variables={"keep": 1})
        _deploy(conn, "three", [t(element_id="b", type="c-3a"), t(element_id="a", type="c-3b", suspended=True),
                                t(element_id="c", type="c-3c", overriding_job_priority=7)], count=3)
        _deploy(conn, "tenant", [t(element_id="x", type="c-ten"), t(element_id="y", type="c-ten2")],
                tenant="acme", count=2, variables={"v": [1, 2]})
        # two runtime jobs in one instance: completing the second leaves the first, so the instance stays active
        _deploy(conn, "two-open", [t(element_id="p", type="c-p"), t(element_id="q", type="c-q")],
                jobs=[JobFixture(element_id="p", state="failed"), JobFixture(element_id="q")])
        activation.claim(conn, type="c-one", worker="w", max_jobs=2, timeout_ms=60_000, now=NOW)
        activation.claim(conn, type="c-3a", worker="w", max_jobs=1, timeout_ms=60_000, now=NOW)
        rows = conn.execute(sa.select(JOB.c.key, JOB.c.type, JOB.c.state).order_by(JOB.c.key)).all()
    variables: list[dict[str, Any] | None] = [None, {"a": 1}, {}, {"keep": "new", "n": {"deep": [1]}}, {"z": None}]
    items = [Completion(row.key, variables[i % len(variables)], NOW + i, ACME if row.type.startswith("c-ten") else None,
                        10_000)
             for i, row in enumerate(rows) if row.state in ("activatable", "activated")]
    assert len(items) == 9
    yield fresh_store, items[3:] + items[:3]


def _snapshot(conn: Connection) -> tuple[list[Any], list[Any]]:
    jobs = [tuple(r) for r in conn.execute(sa.select(JOB).order_by(JOB.c.key))]
    instances = [tuple(r) for r in conn.execute(sa.select(PROCESS_INSTANCE).order_by(PROCESS_INSTANCE.c.key))]
    return jobs, instances


@contextmanager
def rolled_back(store: Store) -> Iterator[Connection]:
    """A write transaction that is always rolled back (the next comparison starts from the same data)."""
    with store.engine.connect() as conn:
        conn.execution_options(sqlite_begin="IMMEDIATE")
        transaction = conn.begin()
        try:
            yield conn
        finally:
            transaction.rollback()


def _outcome(store: Store, run: Callable[[Connection], list[flow.Wake]]) -> tuple[Any, ...]:
    with rolled_back(store) as conn:
        wakes = run(conn)
        return wakes, [w.events for w in wakes], _snapshot(conn)


def _one_by_one(items: Sequence[Completion]) -> Callable[[Connection], list[flow.Wake]]:
    return lambda conn: [flow.complete(conn, key=i.key, variables=i.variables, now=i.now, tenants=i.tenants,
                                       max_variables_bytes=i.max_variables_bytes) for i in items]


def test_a_batch_writes_and_answers_what_one_by_one_does(world: tuple[Store, list[Completion]]) -> None:
    store, items = world
    expected = _outcome(store, _one_by_one(items))
    wakes, events, (jobs, instances) = expected
    # the next task of "three" is suspended (nobody to wake); "tenant" goes on to c-ten2; the others end
    assert {w.now for w in wakes} == {frozenset(), frozenset({"c-ten2"})}
    assert sum(1 for j in jobs if j[4] == "completed") == 9 and len(jobs) == 15  # 9 ended, 5 next jobs
    assert sum(1 for i in instances if "completed" in i) == 3  # "one" x3; "two-open" keeps its failed job
    assert _outcome(store, lambda conn: completion.complete_many(conn, items)) == expected
    for size in (1, 2, 3, 5):  # batches of several sizes (padded IN lists), in sequence: the same again
        def in_batches(conn: Connection, size: int = size) -> list[flow.Wake]:
            return [w for at in range(0, len(items), size) for w in completion.complete_many(conn, items[at:at + size])]
        assert _outcome(store, in_batches) == expected, size


def _replace(items: list[Completion], at: int, **changes: Any) -> list[Completion]:
    old = items[at]
    fields = {"key": old.key, "variables": old.variables, "now": old.now, "tenants": old.tenants,
              "max_variables_bytes": old.max_variables_bytes, **changes}
    return [*items[:at], Completion(**fields), *items[at + 1:]]


def _done_key(store: Store, items: list[Completion]) -> int:
    """Complete the job of the lowest key (an instance of "one"); its key."""
    first = min(items, key=lambda i: i.key)
    with store.write() as conn:
        completion.complete_many(conn, [first])
    return first.key


@pytest.mark.parametrize("case", ["twice", "one_instance", "unknown", "completed", "other_tenant", "too_big"])
def test_a_batch_that_cannot_run_as_a_set_is_refused(world: tuple[Store, list[Completion]], case: str) -> None:
    store, items = world
    done = _done_key(store, items)
    items = sorted((i for i in items if i.key != done), key=lambda i: i.key)
    with rolled_back(store) as conn:
        other_job = conn.execute(sa.select(JOB.c.key).where(JOB.c.state == "failed")).scalar_one()
    bad = {"twice": [Completion(items[0].key, None, NOW)],
           "one_instance": [Completion(other_job, None, NOW)],  # the failed job's instance has another open job
           "unknown": [Completion(2**52, None, NOW)],
           "completed": [Completion(done, None, NOW)],
           "other_tenant": [Completion(next(i.key for i in items if i.tenants), None, NOW, frozenset({"other"}))],
           "too_big": [Completion(items[1].key, {"big": "x" * 500}, NOW, None, 100)]}[case]
    if case == "one_instance":  # make the failed job completable: then its instance has two jobs in the batch
        with store.write() as conn:
            conn.execute(sa.update(JOB).where(JOB.c.key == other_job).values(state="activatable"))
        sibling = next(i for i in sorted(world[1], key=lambda i: i.key) if i.key > other_job)
        bad.append(sibling)
    batch = [i for i in items if case == "twice" or i.key not in {b.key for b in bad}] + bad
    with rolled_back(store) as conn, pytest.raises(Unbatchable):
        completion.complete_many(conn, batch)


def test_a_complete_alone_gives_its_own_error(world: tuple[Store, list[Completion]]) -> None:
    store, items = world
    done = _done_key(store, items)
    tenant_job = next(i.key for i in items if i.tenants)
    cases: list[tuple[Completion, type[Exception], str]] = [
        (Completion(2**52, None, NOW), JobNotFound, str(2**52)),
        (Completion(done, None, NOW), JobNotCommandable, "completed"),
        (Completion(tenant_job, None, NOW, frozenset({"other"})), JobNotFound, str(tenant_job)),
        (Completion(tenant_job, {"big": "x" * 500}, NOW, ACME, 100), InvalidRequest, "limit of 100 bytes"),
    ]
    for item, error, text in cases:
        with rolled_back(store) as conn:
            before = _snapshot(conn)
            with pytest.raises(error, match=text):
                completion.complete_many(conn, [item])
        with rolled_back(store) as conn:
            assert _snapshot(conn) == before  # (what the statement did is undone with the transaction)


def test_a_job_whose_instance_is_gone_is_not_found(world: tuple[Store, list[Completion]]) -> None:
    """Never in a store jobgate wrote, but the answer stays the one a read joining the instance gave: not found
    alone, refused in a batch (and whatever the statement did is rolled back with the transaction)."""
    store, items = world
    first, second = sorted(items, key=lambda i: i.key)[:2]
    for batch, error in (([first], JobNotFound), ([first, second], Unbatchable)):
        with rolled_back(store) as conn:
            instance = conn.execute(sa.select(JOB.c.process_instance_key).where(JOB.c.key == first.key)).scalar_one()
            conn.execute(sa.delete(PROCESS_INSTANCE).where(PROCESS_INSTANCE.c.key == instance))
            with pytest.raises(error):
                completion.complete_many(conn, batch)


def test_on_sqlite_the_ending_statement_finds_the_jobs_by_key(sqlite_store: Store) -> None:
    """With a few keys SQLite preferred the state index (every activated job) to the primary key: a batch of four
    completes cost 4 ms instead of 0.3 ms on a store of 60,000 activated jobs. The plan must search by key."""
    for size in (1, 2, 4, 8, 16, 32, 64):
        sql = str(completion._end(size, False).compile(dialect=sqlite_store.engine.dialect))
        with rolled_back(sqlite_store) as conn:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, tuple(range(size))).all()
        assert plan[0][-1] == "SEARCH job USING INTEGER PRIMARY KEY (rowid=?)", (size, plan)
