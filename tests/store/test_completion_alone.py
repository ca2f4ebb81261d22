"""A batch of completes as one self-committing statement (completion_alone.complete_alone), on a real PostgreSQL.

When the statement does the batch, the store must end up exactly as the same completes one by one leave it (the
next tasks' jobs included, with the same keys, and the instances' merged variables), with the same Wakes; when it
cannot (a complete that would fail, two jobs of one instance, variables that may not fit their limit) it must
change nothing and say so (None), so that group commit runs the batch in a transaction instead. Two statements
racing for one job: exactly one of them completes it, the other changes nothing; two racing to merge variables
into one instance: both merges land.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from jobgate import limits
from jobgate.store import activation, completion
from jobgate.store.completion import Completion
from jobgate.store.engine import Store
from jobgate.store.errors import InvalidRequest
from jobgate.store.keys import MAX_KEY
from jobgate.store.model import JobFixture, TaskSpec
from jobgate.store.tables import JOB, KEY_SEQUENCE, PROCESS_INSTANCE

from ..conftest import postgres_schema
from .test_completion import ACME, NOW, _deploy, _one_by_one, _outcome, _snapshot, rolled_back

pytestmark = pytest.mark.postgres


@pytest.fixture
def store() -> Iterator[Store]:
    with postgres_schema() as url:
        s = Store(url)
        s.create_schema()
        yield s
        s.dispose()


def _alone(store: Store, items: list[Completion]) -> Any:
    return asyncio.run(completion.complete_alone(store.fetch_alone, items))


def _world(store: Store) -> dict[str, list[int]]:
    """Job keys by kind: last tasks (no tenant / of acme), first tasks of two-task flows, and two-job instances."""
    t = TaskSpec
    with store.write() as conn:
        _deploy(conn, "one", [t(element_id="only", type="a-one")], count=4, variables={"keep": 1})
        _deploy(conn, "ten", [t(element_id="only", type="a-ten")], tenant="acme", count=2)
        _deploy(conn, "two", [t(element_id="x", type="a-x"), t(element_id="y", type="a-y", overriding_job_priority=7)],
                count=2)
        _deploy(conn, "pair", [t(element_id="p", type="a-p"), t(element_id="q", type="a-q")], count=1,
                jobs=[JobFixture(element_id="q"), JobFixture(element_id="q")])  # both last
        activation.claim(conn, type="a-one", worker="w", max_jobs=2, timeout_ms=60_000, now=NOW)
        rows = conn.execute(sa.select(JOB.c.key, JOB.c.type).order_by(JOB.c.key)).all()
    kinds: dict[str, list[int]] = {"last": [], "tenant": [], "first": [], "pair": []}
    for row in rows:
        kind = {"a-one": "last", "a-ten": "tenant", "a-x": "first"}.get(row.type, "pair")
        kinds[kind].append(row.key)
    return kinds


def test_alone_writes_and_answers_what_one_by_one_does(store: Store) -> None:
    kinds = _world(store)
    items = [Completion(key, None, NOW + i, None) for i, key in enumerate(reversed(kinds["last"]))]
    items += [Completion(key, None, NOW + 9, ACME) for key in kinds["tenant"]]
    items.insert(2, Completion(kinds["first"][1], None, NOW + 20))  # starts its next task: keys in this order
    items.append(Completion(kinds["first"][0], None, NOW + 21))
    # one by one: in a transaction that is rolled back (the store stays as it was)
    wakes, events, expected = _outcome(store, _one_by_one(items))
    assert [w.now for w in wakes].count(frozenset({"a-y"})) == 2 and events[0] == (("completed", "a-one"),)
    assert len(expected[0]) == 12  # 10 jobs, and the 2 next ones
    assert _alone(store, items) == wakes
    with rolled_back(store) as conn:
        assert _snapshot(conn) == expected  # the same rows: jobs ended and started (same keys), instances ended


@pytest.mark.parametrize("case", ["over_limit", "ended", "unknown", "other_tenant", "one_instance", "twice"])
def test_alone_changes_nothing_when_it_cannot_do_the_batch(store: Store, case: str) -> None:
    kinds = _world(store)
    ok = [Completion(key, None, NOW) for key in (*kinds["last"][:2], kinds["first"][0])]
    if case == "ended":
        assert _alone(store, [Completion(kinds["last"][3], None, NOW)]) is not None
    bad = {"over_limit": [Completion(kinds["last"][2], {"a": "x" * 40}, NOW, None, 40)],
           "ended": [Completion(kinds["last"][3], None, NOW)],
           "unknown": [Completion(2**52, None, NOW)],
           "other_tenant": [Completion(kinds["tenant"][0], None, NOW, frozenset({"other"}))],
           "one_instance": [Completion(key, None, NOW) for key in kinds["pair"]],
           "twice": [Completion(kinds["last"][0], None, NOW + 1)]}[case]
    with rolled_back(store) as conn:
        before = _snapshot(conn)
    assert _alone(store, ok + bad) is None
    with rolled_back(store) as conn:
        assert _snapshot(conn) == before
    assert _alone(store, ok) is not None  # the same batch without the bad complete is done


def test_alone_merges_variables_as_one_by_one_does(store: Store) -> None:
    """Variables on some completes (new names, a stored name replaced, nested values, one on a two-task flow):
    the same instances' variables, jobs and Wakes as the completes one by one; with a limit they fit."""
    kinds = _world(store)
    nested = {"order": {"id": 7, "lines": [1.5, -0.0, "é"]}, "keep": 2}
    items = [Completion(kinds["last"][0], nested, NOW, None, 10_000),
             Completion(kinds["last"][1], None, NOW + 1),
             Completion(kinds["first"][0], {"next": True}, NOW + 2, None, None),
             Completion(kinds["tenant"][0], {"t": "acme"}, NOW + 3, ACME, 10_000)]
    wakes, _events, expected = _outcome(store, _one_by_one(items))
    instances = {row[0]: row for row in expected[1]}
    assert any(isinstance(row[5], dict) and row[5].get("order") == nested["order"] for row in instances.values())
    assert _alone(store, items) == wakes
    with rolled_back(store) as conn:
        assert _snapshot(conn) == expected


def test_alone_leaves_variables_near_the_limit_to_the_transaction_path(store: Store) -> None:
    """The limit counts compact JSON; the statement checks the JSONB text, which is longer (a space after each
    colon and comma). At exactly the compact size it declines and changes nothing, and the transaction path
    completes the job; with room for the JSONB text it completes the job itself."""
    kinds = _world(store)
    variables = {"a": 1, "b": [1, 2]}
    compact = limits.json_size({"keep": 1, **variables})  # the instance holds {"keep": 1}
    exact = [Completion(kinds["last"][0], variables, NOW, None, compact)]
    with rolled_back(store) as conn:
        before = _snapshot(conn)
    assert _alone(store, exact) is None
    with rolled_back(store) as conn:
        assert _snapshot(conn) == before
        completion.complete_many(conn, exact)  # within the limit: done
    with rolled_back(store) as conn, pytest.raises(InvalidRequest):
        completion.complete_many(conn, [Completion(kinds["last"][0], variables, NOW, None, compact - 1)])
    assert _alone(store, [Completion(kinds["last"][0], variables, NOW, None, compact + 8)]) is not None


def test_two_statements_merging_variables_into_one_instance_both_land(store: Store) -> None:
    """Two jobs of one instance completed at once by two statements, each with its own variable: each merges into
    the instance's variables as they are when it holds the instance's lock, so neither merge is lost, round after
    round (a statement that wrote the variables it read at its start would drop the other's)."""
    t = TaskSpec
    with store.write() as conn:
        _deploy(conn, "both", [t(element_id="p", type="a-bp"), t(element_id="q", type="a-bq")], count=10,
                jobs=[JobFixture(element_id="q"), JobFixture(element_id="q")])
        rows = conn.execute(sa.select(JOB.c.key, JOB.c.process_instance_key).order_by(JOB.c.key)).all()
    pairs: dict[int, list[int]] = {}
    for row in rows:
        pairs.setdefault(row.process_instance_key, []).append(row.key)

    async def rounds() -> None:
        for first, second in pairs.values():
            outcomes = await asyncio.gather(
                completion.complete_alone(store.fetch_alone, [Completion(first, {"first": first}, NOW)]),
                completion.complete_alone(store.fetch_alone, [Completion(second, {"second": second}, NOW)]))
            assert all(outcome is not None for outcome in outcomes), outcomes

    asyncio.run(rounds())
    with rolled_back(store) as conn:
        found = dict(conn.execute(sa.select(PROCESS_INSTANCE.c.key, PROCESS_INSTANCE.c.variables)).all())
    assert {key: found[key] for key in pairs} == {key: {"first": a, "second": b} for key, (a, b) in pairs.items()}


def test_alone_changes_nothing_when_the_key_space_is_exhausted(store: Store) -> None:
    """A next task needs two keys; with none left the statement must not end the job without its successor (the
    transaction path then raises OverflowError, as key allocation always did)."""
    kinds = _world(store)
    with store.write() as conn:
        conn.execute(sa.update(KEY_SEQUENCE).values(next_key=MAX_KEY))
    with rolled_back(store) as conn:
        before = _snapshot(conn)
    assert _alone(store, [Completion(kinds["first"][0], None, NOW)]) is None
    with rolled_back(store) as conn:
        assert _snapshot(conn) == before
    with rolled_back(store) as conn, pytest.raises(OverflowError):
        completion.complete_many(conn, [Completion(kinds["first"][0], None, NOW)])


def test_two_statements_racing_for_the_same_jobs_complete_each_job_once(store: Store) -> None:
    """Each round, the statement for the same two jobs (in opposite orders) runs twice at once, on two connections:
    the first to lock the jobs completes both; the other waits for its locks, finds them ended and changes nothing.
    Were the check made before the locks (or on the statement's snapshot), both would answer done."""
    t = TaskSpec
    with store.write() as conn:
        _deploy(conn, "race", [t(element_id="only", type="a-race")], count=40)
        keys = [r.key for r in conn.execute(sa.select(JOB.c.key).order_by(JOB.c.key))]

    async def rounds() -> None:
        for first, second in zip(keys[::2], keys[1::2], strict=True):
            outcomes = await asyncio.gather(*(
                completion.complete_alone(store.fetch_alone, [Completion(key, None, NOW) for key in order])
                for order in ([first, second], [second, first])))
            assert sum(outcome is not None for outcome in outcomes) == 1, outcomes

    asyncio.run(rounds())
    assert store.loop_statements is not None and store.loop_statements.opened == 2  # both ran at once each round
    with rolled_back(store) as conn:
        states = conn.execute(sa.select(JOB.c.state).where(JOB.c.key.in_(keys))).scalars().all()
    assert states == ["completed"] * len(keys)
