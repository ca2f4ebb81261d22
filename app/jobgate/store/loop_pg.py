"""Single self-committing statements on PostgreSQL, awaited on the event loop itself (psycopg's AsyncConnection).

A store call on a thread pays for two hand-offs and, above all, for the GIL it shares with a busy event loop:
under load a batch of completes cost its thread two to three times the CPU the same statement costs alone. Group
commit's one-statement batches (`alone`) need no transaction and no thread, so they run here instead: each on a
connection of its own in autocommit mode, awaited like any socket, at most `size` at once.

What the store's threads guarantee, this keeps: a call waits at most the pool timeout for a connection, and at
most the store's deadline for its answer (then 503; its connection is closed, so nothing is left waiting on it);
an outage (a lost server, a statement timeout) is a 503 and its connection is dropped; a connection that sat idle
longer than PING_IDLE_S is pinged before use and replaced when dead. Connections are opened as they are needed.

Statements run on psycopg's raw cursor: fastsql's `%(name)s` text is rewritten once into PostgreSQL's own `$n`
placeholders (`numbered`), so a call only dumps its arguments. psycopg's own conversion parses the text at
every call once it is longer than 4,096 characters or has more than 50 parameters (its cache leaves those out):
a batch of four completes (~4,300 characters) cost 266-275 us of CPU per call that way, 181-218 us here.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

import psycopg
import sqlalchemy as sa
from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.elements import ClauseElement

from jobgate.store import fastsql, guard
from jobgate.store.guard import StoreTimeouts, describe, postgres_connect_args, unavailable

MAX_STATEMENTS = 256  # rewritten texts kept (fastsql's shapes: a few per statement; cleared when full)
_PLACEHOLDER = re.compile(r"%\(([^)]+)\)s|%%")


def numbered(sql: str) -> tuple[str, tuple[str, ...]]:
    """A pyformat statement (`%(name)s`, `%%`) in PostgreSQL's `$n` form, and its parameter names by number: a
    name used twice is one parameter."""
    names: dict[str, int] = {}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return "%"
        return f"${names.setdefault(name, len(names) + 1)}"

    return _PLACEHOLDER.sub(replace, sql), tuple(names)


class LoopStatements:
    """Autocommit connections of one PostgreSQL store, used from one event loop (see the module docstring)."""

    def __init__(self, url: str, dialect: Dialect, timeouts: StoreTimeouts, size: int) -> None:
        u = sa.engine.make_url(url)
        self.dialect = dialect
        self.timeouts = timeouts
        self.size = max(1, size)
        self._conninfo = make_conninfo(u.set(drivername="postgresql").render_as_string(hide_password=False),
                                       **postgres_connect_args(u, timeouts))
        self._idle: list[tuple[psycopg.AsyncConnection[Any], float]] = []  # with the time each was given back
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.opened = 0  # connections opened (tests read it)
        self._numbered: dict[str, tuple[str, tuple[str, ...]]] = {}  # fastsql's text -> (`$n` text, names)

    async def fetch(self, shape: Hashable, build: Callable[[], ClauseElement], params: Mapping[str, Any]
                    ) -> Sequence[Any]:
        """Run the statement fastsql compiles for `shape` with `params` as a transaction of its own; its rows."""
        entry = fastsql.entry(self.dialect, shape, build)
        named = fastsql.arguments(self.dialect, entry, shape, build, params)
        found = self._numbered.get(entry.sql)
        if found is None:
            if len(self._numbered) >= MAX_STATEMENTS:
                self._numbered.clear()
            found = self._numbered[entry.sql] = numbered(entry.sql)
        text, names = found
        args = tuple(named[name] for name in names)
        slots = self._slots_of(asyncio.get_running_loop())
        if slots.locked():  # a free slot is taken at once: no timeout scope (~4 us on uvloop) for it
            try:
                async with asyncio.timeout(self.timeouts.pool):
                    await slots.acquire()
            except TimeoutError:
                raise unavailable(f"no database connection free within {self.timeouts.pool:g}s") from None
        else:
            await slots.acquire()
        try:
            conn = await self._connection()
            try:
                async with asyncio.timeout(self.timeouts.deadline):
                    cursor = await conn.execute(text, args)
                    rows = await cursor.fetchall() if entry.row is not None and fastsql.has_rows(cursor) else []
            except BaseException:
                _close(conn)  # a cancelled or failed statement leaves the connection in an unknown state
                raise
            self._idle.append((conn, time.monotonic()))
        except TimeoutError:
            raise unavailable(f"a store call took longer than {self.timeouts.deadline}s") from None
        except guard.outages() as exc:
            raise unavailable(describe(exc)) from exc
        finally:
            slots.release()
        make = entry.row._make if entry.row is not None else None
        return [make(row) for row in rows] if make is not None else []

    def _slots_of(self, loop: asyncio.AbstractEventLoop) -> asyncio.Semaphore:
        if self._slots is None or self._loop is not loop:  # a connection serves one event loop
            self.close()
            self._slots, self._loop = asyncio.Semaphore(self.size), loop
        return self._slots

    async def _connection(self) -> psycopg.AsyncConnection[Any]:
        """An idle connection (pinged first when it sat idle longer than PING_IDLE_S), or a new one."""
        while self._idle:
            conn, since = self._idle.pop()
            if time.monotonic() - since < guard.PING_IDLE_S and not conn.closed:
                return conn
            try:
                async with asyncio.timeout(self.timeouts.connect):
                    await conn.execute("SELECT 1")
                return conn
            except (TimeoutError, psycopg.OperationalError, psycopg.InterfaceError):
                _close(conn)  # dead: try the next, or open a new one
        try:
            async with asyncio.timeout(self.timeouts.connect + 1):
                conn = await psycopg.AsyncConnection.connect(self._conninfo, autocommit=True,
                                                             cursor_factory=psycopg.AsyncRawCursor)
        except TimeoutError:
            raise unavailable(f"no connection to the database within {self.timeouts.connect}s") from None
        self.opened += 1
        return conn

    def close(self) -> None:
        """Close the idle connections (those in use are closed when their call ends, as the store is disposed)."""
        idle, self._idle = self._idle, []
        for conn, _ in idle:
            _close(conn)


def _close(conn: psycopg.AsyncConnection[Any]) -> None:
    """Close at once, without awaiting: the socket is shut and the server ends the session."""
    try:
        conn.pgconn.finish()
    except Exception:  # already closed  # noqa: S110
        pass
