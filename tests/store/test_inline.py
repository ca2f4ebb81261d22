"""Short SQLite reads run on the calling thread (the event loop) within a budget; a longer, busy or failing one
is interrupted there and run again, from the start, on a store thread (jobgate.store.inline)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import inline
from jobgate.store.engine import Store
from tests.conftest import sqlite_url

# Counts to N in SQL: ~N virtual-machine steps, far beyond any budget here for the large N.
COUNT_TO = "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < :n) SELECT max(n) FROM c"


@pytest.fixture
def inline_store(tmp_path: Path) -> Iterator[Store]:
    s = Store(sqlite_url(tmp_path), inline_read_ms=20)
    s.create_schema()
    yield s
    s.dispose()


class Calls:
    """Each call of a read function: on which thread, and how long it held it."""

    def __init__(self) -> None:
        self.threads: list[int] = []
        self.seconds: list[float] = []

    def count_to(self, conn: Connection, n: int) -> int:
        self.threads.append(threading.get_ident())
        started = time.perf_counter()
        try:
            return int(conn.execute(sa.text(COUNT_TO), {"n": n}).scalar_one())
        finally:
            self.seconds.append(time.perf_counter() - started)


async def test_a_short_read_runs_on_the_event_loop_thread(inline_store: Store) -> None:
    calls = Calls()
    assert await inline_store.reading(calls.count_to, n=10) == 10
    assert calls.threads == [threading.get_ident()]
    assert inline_store.inline is not None and (inline_store.inline.inline, inline_store.inline.overruns) == (1, 0)


async def test_a_long_read_is_interrupted_and_run_again_on_a_thread(inline_store: Store) -> None:
    calls = Calls()
    assert await inline_store.reading(calls.count_to, n=3_000_000) == 3_000_000
    loop_thread = threading.get_ident()
    assert calls.threads[0] == loop_thread and calls.threads[1] != loop_thread and len(calls.threads) == 2
    # The attempt on the loop ended near its 20 ms budget (the bound is generous for a loaded machine); the
    # complete run on the thread took longer than the budget, so the interruption was needed.
    assert calls.seconds[0] < 0.5 and calls.seconds[1] > 0.02
    assert inline_store.inline is not None and inline_store.inline.overruns == 1
    # The connection is kept: the next short read is inline again.
    assert await inline_store.reading(calls.count_to, n=5) == 5 and calls.threads[-1] == loop_thread


async def test_errors_of_the_read_itself_are_its_answer(inline_store: Store) -> None:
    def missing(_conn: Connection) -> None:
        raise LookupError("no such job")

    with pytest.raises(LookupError, match="no such job"):
        await inline_store.reading(missing)
    assert inline_store.inline is not None and inline_store.inline.overruns == 0


async def test_a_broken_connection_falls_back_and_is_replaced(inline_store: Store) -> None:
    calls = Calls()
    assert await inline_store.reading(calls.count_to, n=1) == 1
    reader = inline_store.inline
    assert reader is not None and reader._conn is not None
    reader._conn.connection.driver_connection.close()  # type: ignore[union-attr]
    assert await inline_store.reading(calls.count_to, n=2) == 2  # failed inline, answered from a thread
    assert calls.threads[-1] != threading.get_ident() and reader.overruns == 1
    assert await inline_store.reading(calls.count_to, n=3) == 3  # a new inline connection
    assert calls.threads[-1] == threading.get_ident()


async def test_the_inline_connection_cannot_write(inline_store: Store) -> None:
    """It is read-only: a write inside `reading` never happens on the loop (here it is refused there and runs on a
    thread, as every read did before)."""
    threads: list[int] = []

    def write(conn: Connection) -> None:
        threads.append(threading.get_ident())
        conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")

    await inline_store.reading(write)
    assert threads[0] == threading.get_ident() and threads[1] != threading.get_ident()


async def test_reads_take_a_thread_when_the_budget_is_zero(tmp_path: Path) -> None:
    store = Store(sqlite_url(tmp_path), inline_read_ms=0)
    try:
        store.create_schema()
        calls = Calls()
        assert await store.reading(calls.count_to, n=3) == 3
        assert store.inline is None and calls.threads[0] != threading.get_ident()
    finally:
        store.dispose()


async def test_a_read_whose_sql_finished_in_time_is_not_run_again_for_its_commit(
        inline_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The budget runs out after the read's last statement. SQLite may call the progress handler at the end of
    the COMMIT that ends the read transaction; that must not send a finished read to a thread."""
    monkeypatch.setattr(inline, "PROGRESS_STEPS", 1)  # the clock checked at every SQLite instruction
    calls = Calls()

    def then_slow(conn: Connection) -> int:
        value = calls.count_to(conn, 5)
        time.sleep(0.05)  # past the 20 ms budget, with no statement of its own left
        return value

    assert await inline_store.reading(then_slow) == 5
    assert calls.threads == [threading.get_ident()]
    assert inline_store.inline is not None and (inline_store.inline.inline, inline_store.inline.overruns) == (1, 0)
