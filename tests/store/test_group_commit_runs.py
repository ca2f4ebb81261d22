"""Group commit's queue (app/jobgate/store/group_commit.py) on a stand-in writer: runs of set-based commands
(`submit_many`), batches run as one self-committing statement (`alone`), and when further lanes open
(`spill_after`). The stand-in runs each batch on a thread and records
it, so what is proved here is the queue's own logic; test_group_commit.py runs it on real stores, and
test_completion.py checks that a set of completes equals the completes one by one."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest

from jobgate.store.group_commit import GroupCommit

T = TypeVar("T")


class Recorder:
    """A Writer whose 'connection' is a list of what the batch ran; counts the batches open at once."""

    def __init__(self, is_postgres: bool = False) -> None:
        self.is_postgres = is_postgres
        self.wal = None
        self.inline_writer = None
        self.batches: list[list[Any]] = []
        self.autocommitted: list[list[Any]] = []  # what ran on autocommit connections (`alone`)
        self.open = 0
        self.most_open = 0
        self._lock = threading.Lock()

    @contextmanager
    def write(self, durable: bool = True, queued: float = 0.0, flush_later: bool = False) -> Iterator[Any]:
        log: list[Any] = []
        with self._lock:
            self.open += 1
            self.most_open = max(self.most_open, self.open)
        try:
            yield log
        finally:
            with self._lock:
                self.open -= 1
            self.batches.append(log)

    async def fetch_alone(self, shape: Any, build: Any, params: Any) -> list[Any]:
        self.autocommitted.append(params)
        return [("done", item) for item in params["items"] if item % 2 == 0]

    def call_with_deadline(self, call: Callable[[], T], watch: Any = None) -> Awaitable[T]:
        return asyncio.to_thread(call)


def many(log: list[Any], items: list[int]) -> list[int]:
    if any(item < 0 for item in items):
        raise ValueError("a negative item")
    log.append(("many", tuple(items)))
    return [item * 10 for item in items]


async def alone(fetch: Any, items: list[int]) -> list[int] | None:
    """The stand-in of a self-committing statement: it cannot do a batch holding an odd item (changing nothing)."""
    rows = await fetch("shape", None, {"items": items})
    if len(rows) < len(items):
        return None
    return [item * 10 for _, item in rows]


def other_many(log: list[Any], items: list[int]) -> list[int]:
    log.append(("other", tuple(items)))
    return [-item for item in items]


def plain(log: list[Any], name: str, gate: threading.Event | None = None) -> str:
    if gate is not None:
        gate.wait(10)
    log.append(("plain", name))
    return name


async def behind_a_held_batch(group: GroupCommit, commands: list[Awaitable[Any]]) -> list[Any]:
    """Hold the one lane with a first batch, queue `commands` behind it (so they form the next batch), release."""
    gate = threading.Event()
    first = asyncio.create_task(group.submit(plain, "hold", gate))
    await asyncio.sleep(0.05)
    tasks = [asyncio.ensure_future(c) for c in commands]
    await asyncio.sleep(0.05)
    gate.set()
    assert await first == "hold"
    return await asyncio.gather(*tasks, return_exceptions=True)


async def test_runs_of_one_kind_share_one_call_in_queue_order() -> None:
    writer = Recorder()
    group = GroupCommit(writer, max_items=64, lanes=1)
    queued = [group.submit_many(many, 1), group.submit_many(many, 2), group.submit(plain, "mid"),
              group.submit_many(many, 3), group.submit_many(other_many, 4), group.submit_many(other_many, 5),
              group.submit_many(many, 6)]
    assert await behind_a_held_batch(group, queued) == [10, 20, "mid", 30, -4, -5, 60]
    assert writer.batches[1] == [("many", (1, 2)), ("plain", "mid"), ("many", (3,)), ("other", (4, 5)),
                                 ("many", (6,))]


async def test_a_failing_run_is_run_again_one_command_at_a_time(monkeypatch: Any) -> None:
    """When the set raises, the batch runs again with a savepoint per command: each command alone, with its own
    answer (the stand-in has no savepoints: only that the commands ran one by one is checked here)."""
    _savepoints_off(monkeypatch)
    writer = Recorder()
    group = GroupCommit(writer, max_items=64, lanes=1)
    results = await behind_a_held_batch(group, [group.submit_many(many, n) for n in (1, -2, 3)])
    assert results[0] == 10 and isinstance(results[1], ValueError) and results[2] == 30
    assert writer.batches[1] == [] and writer.batches[2] == [("many", (1,)), ("many", (3,))]  # the set, then alone


def _savepoints_off(monkeypatch: Any) -> None:
    import jobgate.store.group_commit as module

    def alone(conn: Any, command: Any) -> tuple[bool, Any]:
        try:
            return True, command.call(conn)
        except Exception as exc:
            return False, exc

    monkeypatch.setattr(module, "in_savepoint", alone)


async def test_another_lane_opens_only_once_a_command_waited_spill_after(monkeypatch: Any) -> None:
    """With lanes=2, a command queued behind a held batch waits while the batch is younger than spill_after,
    then runs on a second lane while the first is still held."""
    _savepoints_off(monkeypatch)
    writer = Recorder()
    group = GroupCommit(writer, max_items=64, lanes=2, spill_after=0.3)
    gate = threading.Event()
    held = asyncio.create_task(group.submit(plain, "hold", gate))
    await asyncio.sleep(0.05)
    started = time.monotonic()
    second = asyncio.create_task(group.submit(plain, "second"))
    await asyncio.sleep(0.15)
    assert not second.done() and writer.most_open == 1
    assert await asyncio.wait_for(second, 5) == "second"
    assert time.monotonic() - started >= 0.3 and not held.done() and writer.most_open == 2
    gate.set()
    assert await held == "hold"


async def test_without_a_stall_one_lane_takes_every_command() -> None:
    """Commands arriving faster than spill_after never open a second lane: the batches grow instead."""
    writer = Recorder()
    group = GroupCommit(writer, max_items=64, lanes=4, spill_after=1.0)
    for _ in range(20):
        assert await asyncio.gather(*(group.submit_many(many, n) for n in range(8))) == [n * 10 for n in range(8)]
    assert writer.most_open == 1


async def test_spill_after_zero_opens_lanes_at_once() -> None:
    writer = Recorder()
    group = GroupCommit(writer, max_items=64, lanes=2)
    gate = threading.Event()
    held = asyncio.create_task(group.submit(plain, "hold", gate))
    await asyncio.sleep(0.05)
    assert await asyncio.wait_for(group.submit(plain, "second"), 5) == "second"
    gate.set()
    await held


async def test_on_postgresql_a_batch_of_only_alone_commands_runs_as_one_autocommit_call() -> None:
    writer = Recorder(is_postgres=True)
    group = GroupCommit(writer, max_items=64, lanes=1)
    results = await behind_a_held_batch(group, [group.submit_many(many, n, alone) for n in (2, 4, 6)])
    assert results == [20, 40, 60]
    assert writer.autocommitted == [{"items": [2, 4, 6]}]
    assert len(writer.batches) == 1  # the held batch only: no write transaction for the three


async def test_when_alone_cannot_do_the_batch_it_runs_in_a_transaction() -> None:
    writer = Recorder(is_postgres=True)
    group = GroupCommit(writer, max_items=64, lanes=1)
    results = await behind_a_held_batch(group, [group.submit_many(many, n, alone) for n in (2, 3, 4)])
    assert results == [20, 30, 40]
    assert writer.autocommitted == [{"items": [2, 3, 4]}] and writer.batches[1] == [("many", (2, 3, 4))]


async def test_a_mixed_batch_and_a_store_other_than_postgresql_never_run_alone() -> None:
    writer = Recorder(is_postgres=True)
    group = GroupCommit(writer, max_items=64, lanes=1)
    mixed = [group.submit_many(many, 2, alone), group.submit(plain, "mid"), group.submit_many(many, 4, alone)]
    assert await behind_a_held_batch(group, mixed) == [20, "mid", 40]
    assert writer.autocommitted == [] and writer.batches[1] == [("many", (2,)), ("plain", "mid"), ("many", (4,))]
    sqlite = Recorder()
    group = GroupCommit(sqlite, max_items=64, lanes=1)
    assert await behind_a_held_batch(group, [group.submit_many(many, n, alone) for n in (2, 4)]) == [20, 40]
    assert sqlite.autocommitted == [] and sqlite.batches[1] == [("many", (2, 4))]


async def test_after_alone_could_not_do_a_batch_the_next_ones_skip_it_for_a_while() -> None:
    """A workload alone never fits (here: odd items; in jobgate, multi-task flows) tries it in ever fewer batches
    (1, 3, 7 ... 63 skipped after consecutive misses); a batch it does resets that."""
    writer = Recorder(is_postgres=True)
    group = GroupCommit(writer, max_items=64, lanes=1)
    for n in range(20):
        assert await group.submit_many(many, 2 * n + 1, alone) == (2 * n + 1) * 10
    assert [params["items"] for params in writer.autocommitted] == [[1], [5], [13], [29]]  # batches 0, 2, 6, 14
    group._alone_skips.clear()  # as after the skips ran out: the next try succeeds and resets the misses
    assert await group.submit_many(many, 2, alone) == 20
    assert await group.submit_many(many, 3, alone) == 30  # a miss: the next batch skips alone
    assert await group.submit_many(many, 4, alone) == 40
    assert [params["items"] for params in writer.autocommitted][-2:] == [[2], [3]]


@pytest.mark.parametrize("lease", [True, False])
async def test_the_sqlite_lane_thread_takes_the_next_batch_of_leases_itself(lease: bool) -> None:
    """One lane (SQLite): batches of leases queued while one runs are taken by the same store-thread call, one
    after another; durable commands go back through the event loop, one thread call per batch."""
    writer = Recorder()
    calls: list[int] = []
    to_thread = writer.call_with_deadline

    def counted(call: Callable[[], T], watch: Any = None) -> Awaitable[T]:
        calls.append(1)
        return to_thread(call)

    writer.call_with_deadline = counted  # type: ignore[method-assign]
    group = GroupCommit(writer, max_items=2, lanes=1)
    submit = group.submit_lease if lease else group.submit
    results = await behind_a_held_batch(group, [submit(plain, str(n)) for n in range(5)])
    assert results == ["0", "1", "2", "3", "4"]
    assert [len(b) for b in writer.batches] == [1, 2, 2, 1]
    assert len(calls) == (1 if lease else 4)  # leases follow the held batch on its thread; durable ones: a call each


async def test_a_command_queued_as_the_lane_thread_ends_still_runs() -> None:
    """A command queued after the lane thread's last look at the queue, before its call returned to the event
    loop (so no new lane was opened for it), gets a lane when that call returns."""
    writer = Recorder()
    group = GroupCommit(writer, max_items=64, lanes=1)
    to_thread = writer.call_with_deadline
    late: list[asyncio.Task[str]] = []

    async def ending(call: Callable[[], T], watch: Any = None) -> T:
        result = await to_thread(call)  # the thread found the queue empty and ended
        if not late:
            late.append(asyncio.create_task(group.submit(plain, "late")))
            await asyncio.sleep(0)  # it is queued now, while the ending lane still counts as running
        return result

    writer.call_with_deadline = ending  # type: ignore[method-assign]
    assert await group.submit(plain, "first") == "first"  # (answered from the thread, before its call returns)
    for _ in range(500):
        if late:
            break
        await asyncio.sleep(0.01)
    assert await asyncio.wait_for(late[0], 5) == "late"


async def test_no_free_store_thread_fails_the_batch_instead_of_leaving_it_waiting() -> None:
    writer = Recorder()

    async def no_thread(call: Callable[[], T], watch: Any = None) -> T:
        raise RuntimeError("no database thread free within 5s")

    writer.call_with_deadline = no_thread  # type: ignore[method-assign,assignment]
    group = GroupCommit(writer, max_items=64, lanes=1)
    for submit in (group.submit, group.submit_lease):
        with pytest.raises(RuntimeError, match="no database thread"):
            await asyncio.wait_for(submit(plain, "x"), 5)
