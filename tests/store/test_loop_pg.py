"""Statements awaited on the event loop (app/jobgate/store/loop_pg.py) on a real PostgreSQL: what the store's threads
guarantee holds here too. A statement stuck on a row lock ends in a 503 at the deadline, and its connection is not
reused; a call that finds every connection busy waits the pool timeout, then 503; a connection whose server went
away while idle is replaced before use, and one that died in steady use fails once, then the next call works."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa

from jobgate.store import guard
from jobgate.store.engine import Store
from jobgate.store.errors import StoreUnavailable
from jobgate.store.guard import StoreTimeouts
from jobgate.store.loop_pg import LoopStatements, numbered

from ..conftest import postgres_schema

pytestmark = pytest.mark.postgres

STATEMENT_S = 0.5


@pytest.fixture
def url() -> Iterator[str]:
    with postgres_schema() as url:
        store = Store(url)
        store.create_schema()  # only for the dialect and a table; the statements below use their own connections
        with store.write() as conn:
            conn.exec_driver_sql("CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER)")
            conn.exec_driver_sql("INSERT INTO probe VALUES (1, 0)")
        store.dispose()
        yield url


def _statements(url: str, size: int = 2) -> LoopStatements:
    timeouts = StoreTimeouts(connect=2, statement=STATEMENT_S, pool=0.3)
    return LoopStatements(url, sa.create_engine(sa.make_url(url)).dialect, timeouts, size)


_BUMP = sa.text("UPDATE probe SET n = n + 1 WHERE id = 1 RETURNING n, pg_backend_pid() AS pid").columns(
    sa.column("n"), sa.column("pid"))


async def _bump(statements: LoopStatements) -> Any:
    rows = await statements.fetch(("test_loop_pg", "bump"), lambda: _BUMP, {})
    return rows[0]


def _hold_lock(url: str) -> psycopg.Connection[Any]:
    """Another session holding the probe row's lock until it is closed."""
    conninfo = sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    holder = psycopg.connect(conninfo)
    holder.execute("SELECT n FROM probe WHERE id = 1 FOR UPDATE")
    return holder


def _terminate(url: str, pid: int) -> None:
    conninfo = sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    time.sleep(0.1)


async def test_each_statement_commits_on_its_own_and_connections_are_reused(url: str) -> None:
    statements = _statements(url)
    first, second = await _bump(statements), await _bump(statements)
    assert (first.n, second.n) == (1, 2) and first.pid == second.pid and statements.opened == 1
    holder = _hold_lock(url)  # a committed update is visible to (and lockable by) another session
    holder.close()
    statements.close()


async def test_a_statement_past_the_deadline_is_a_503_and_its_connection_is_dropped(url: str) -> None:
    statements = _statements(url)
    await _bump(statements)
    holder = _hold_lock(url)
    try:
        started = time.monotonic()
        with pytest.raises(StoreUnavailable):
            await _bump(statements)
        assert time.monotonic() - started < STATEMENT_S + guard.DEADLINE_GRACE_S + 1
    finally:
        holder.rollback()
        holder.close()
    assert (await _bump(statements)).n == 2  # the stuck one changed nothing; a new connection serves the next
    assert statements.opened == 2
    statements.close()


async def test_with_every_connection_busy_a_call_waits_the_pool_timeout_then_503(url: str) -> None:
    statements = _statements(url, size=1)
    holder = _hold_lock(url)
    try:
        stuck = asyncio.ensure_future(_bump(statements))
        await asyncio.sleep(0.05)
        started = time.monotonic()
        with pytest.raises(StoreUnavailable) as raised:
            await _bump(statements)
        assert 0.25 < time.monotonic() - started < 1.5
        assert "no database connection free" in str(raised.value.__notes__)
        with pytest.raises(StoreUnavailable):
            await stuck
    finally:
        holder.rollback()
        holder.close()
    statements.close()


async def test_a_dead_connection_is_replaced_after_idle_and_fails_once_in_steady_use(
        url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "PING_IDLE_S", 0.3)
    statements = _statements(url)
    pid = (await _bump(statements)).pid
    _terminate(url, pid)
    await asyncio.sleep(0.4)  # idle longer than PING_IDLE_S: pinged, found dead, replaced before use
    row = await _bump(statements)
    assert row.n == 2 and row.pid != pid
    _terminate(url, row.pid)  # died in steady use: this call fails (503), the next gets a new connection
    with pytest.raises(StoreUnavailable):
        await _bump(statements)
    assert (await _bump(statements)).n == 3 and statements.opened == 3
    statements.close()


def test_placeholders_become_numbered_parameters_once_per_name() -> None:
    """fastsql's pyformat text in PostgreSQL's own form: a name used twice is one parameter, `%%` a plain `%`."""
    text, names = numbered("SELECT %(a)s, %(b)s WHERE x = %(a)s AND y LIKE 'p%%' AND z = %(c_1)s AND %(d-e)s")
    assert text == "SELECT $1, $2 WHERE x = $1 AND y LIKE 'p%' AND z = $3 AND $4"
    assert names == ("a", "b", "c_1", "d-e")


def test_a_statement_past_psycopgs_conversion_cache_runs_with_its_arguments_in_order(url: str) -> None:
    """Over 4,096 characters and 50 parameters (what psycopg's own conversion cache leaves out): each argument
    reaches its own placeholder, a repeated one included, on the raw cursor, call after call."""
    count = 60
    padding = "/*" + "x" * 4200 + "*/"
    expression = " + ".join(f"CAST(:p{i} AS INTEGER) * {i + 1}" for i in range(count))
    statement = sa.text(f"SELECT {expression} + CAST(:p0 AS INTEGER) AS total {padding}").columns(sa.column("total"))

    async def main() -> list[int]:
        statements = _statements(url)
        try:
            totals = []
            for base in (1, 2):
                values = {f"p{i}": base * (i + 1) for i in range(count)}
                rows = await statements.fetch(("test_loop_pg", "long"), lambda: statement, values)
                totals.append(rows[0].total)
            return totals
        finally:
            statements.close()

    expected = [sum(b * (i + 1) * (i + 1) for i in range(count)) + b for b in (1, 2)]
    assert asyncio.run(main()) == expected
