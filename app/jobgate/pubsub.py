"""Cross-process wake-ups: PostgreSQL LISTEN/NOTIFY between jobgate processes sharing one store.

Each process listens on one channel on a dedicated connection. When a process makes jobs of some types
claimable, it publishes those types; every other process then serves its own waiters of those types. A lost
notification (a dropped connection, a restart) only delays a waiter until the hub's periodic probe.
On SQLite the processes of one file send each other datagrams instead (jobgate.pubsub_sqlite).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import sqlalchemy as sa

from jobgate.pubsub_base import MAX_PAYLOAD, PubSub, chunks

if TYPE_CHECKING:  # imported when a PostgreSQL store connects: a SQLite server never loads psycopg (~9 MB RSS)
    import psycopg

__all__ = ["CHANNEL", "MAX_PAYLOAD", "PostgresPubSub", "PubSub", "chunks", "for_url"]
log = logging.getLogger("jobgate.pubsub")
CHANNEL = "jobgate_jobs"


class PostgresPubSub(PubSub):
    """LISTEN on a dedicated connection; NOTIFY on a second one. Both reconnect by themselves.

    Every wait on the database is bounded by `timeout` seconds (connect, NOTIFY, and a ping of the LISTEN
    connection each HEARTBEAT_S of silence), so a black-holed connection is replaced instead of hanging for ever.
    """

    HEARTBEAT_S = 5.0
    MAX_PENDING = 100  # NOTIFY tasks queued behind a slow database; beyond this, wake-ups are left to the probe

    def __init__(self, database_url: str, channel: str = CHANNEL, timeout: float = 5.0) -> None:
        url = sa.make_url(database_url).set(drivername="postgresql")
        self.conninfo = url.render_as_string(hide_password=False)
        self.channel = channel
        self.timeout = timeout
        self._listener: asyncio.Task[None] | None = None
        self._sender: psycopg.AsyncConnection[object] | None = None
        self._send_lock = asyncio.Lock()
        self._pending: set[asyncio.Task[None]] = set()
        self.connected = asyncio.Event()

    async def _connect(self) -> psycopg.AsyncConnection[object]:
        import psycopg

        connect = psycopg.AsyncConnection.connect(self.conninfo, autocommit=True,
                                                  connect_timeout=max(2, int(self.timeout)))
        return await asyncio.wait_for(connect, self.timeout + 1)

    async def start(self, on_types: Callable[[Iterable[str]], None]) -> None:
        self._listener = asyncio.create_task(self._listen(on_types), name="jobgate-listen")

    async def _listen(self, on_types: Callable[[Iterable[str]], None]) -> None:
        delay = 0.1
        while True:
            try:
                async with await self._connect() as conn:
                    import psycopg.sql

                    listen = psycopg.sql.SQL("LISTEN {}").format(psycopg.sql.Identifier(self.channel))
                    await asyncio.wait_for(conn.execute(listen), self.timeout)
                    self.connected.set()
                    delay = 0.1
                    while True:
                        async for note in conn.notifies(timeout=self.HEARTBEAT_S):
                            self._deliver(note, on_types)
                        # A quiet spell: make sure the connection still answers (a black hole never errors).
                        await asyncio.wait_for(conn.execute("SELECT 1"), self.timeout)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database went away: retry; the probe covers the gap
                self.connected.clear()
                log.warning("LISTEN connection lost (%s); retrying in %.1fs", type(exc).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)

    def _deliver(self, note: psycopg.Notify, on_types: Callable[[Iterable[str]], None]) -> None:
        sender = self._sender
        if sender is not None and not sender.closed and note.pid == sender.info.backend_pid:
            return  # our own notification: this process has already served its waiters
        with contextlib.suppress(ValueError, TypeError):
            on_types([str(t) for t in json.loads(note.payload)])

    def publish(self, types: Iterable[str]) -> None:
        payloads = chunks(types)
        if not payloads or len(self._pending) >= self.MAX_PENDING:
            return
        task = asyncio.create_task(self._send(payloads))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _send(self, payloads: list[str]) -> None:
        async with self._send_lock:
            try:
                if self._sender is None or self._sender.closed:
                    self._sender = await self._connect()
                for payload in payloads:
                    await asyncio.wait_for(self._sender.execute("SELECT pg_notify(%s, %s)", (self.channel, payload)),
                                           self.timeout)
            except Exception as exc:  # best effort: the other processes' probes still find the jobs
                log.warning("NOTIFY failed: %s", type(exc).__name__)
                if self._sender is not None:
                    with contextlib.suppress(Exception):
                        await self._sender.close()
                self._sender = None

    async def stop(self) -> None:
        tasks = [t for t in (self._listener, *self._pending) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._sender is not None:
            with contextlib.suppress(Exception):
                await self._sender.close()


def for_url(database_url: str, timeout: float = 5.0) -> PubSub:
    url = sa.make_url(database_url)
    if url.get_backend_name() == "postgresql":
        return PostgresPubSub(database_url, timeout=timeout)
    if url.database not in (None, "", ":memory:") and not url.database.startswith("file:"):
        from jobgate.pubsub_sqlite import SqlitePubSub

        return SqlitePubSub(url.database)
    return PubSub()
