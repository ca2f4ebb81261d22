"""Database fault handling: timeouts per backend, which errors mean "the store is unavailable", and a watchdog
that cuts a PostgreSQL connection which stopped answering (a black-holed network never errors by itself).

Every way the store can fail a request (connect, statement, pool, lock timeouts, a lost server) ends in
StoreUnavailable with the fixed message UNAVAILABLE; what went wrong is attached as a note (`add_note`) for the
log line of the 503 (app/jobgate/admission.py), never shown to the client.
"""

from __future__ import annotations

import contextlib
import socket
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from jobgate.store.errors import StoreUnavailable

UNAVAILABLE = "The store is unavailable."

# DB-API and SQLAlchemy errors that mean the database cannot serve us now (not a bug in a statement): outages().
_OUTAGES: tuple[type[BaseException], ...] = (
    sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.TimeoutError, sa.exc.DisconnectionError,
    sqlite3.OperationalError,
)
_outages = _OUTAGES
# TCP keepalive probes on PostgreSQL connections: first after KEEPALIVE_IDLE s idle, then every INTERVAL s.
KEEPALIVE_IDLE, KEEPALIVE_INTERVAL, KEEPALIVE_COUNT = 10, 5, 3
# The client deadline of a store call exceeds the server's statement_timeout a little, so a slow statement ends
# with PostgreSQL's own cancel (the connection stays usable) before the watchdog cuts the connection.
DEADLINE_GRACE_S = 0.5


@dataclass(frozen=True)
class StoreTimeouts:
    """Timeouts of one store, in seconds (Settings documents each). statement=None: no statement timeout."""

    connect: int = 5
    statement: float | None = None
    pool: float = 5.0
    busy: float = 5.0
    synchronous: Literal["full", "normal"] = "full"

    @property
    def deadline(self) -> float | None:
        """Client deadline of one store call on PostgreSQL (None: unbounded)."""
        return None if self.statement is None else self.statement + DEADLINE_GRACE_S


def outages() -> tuple[type[BaseException], ...]:
    """The errors that mean an outage; psycopg's once psycopg is loaded. It is imported only when a PostgreSQL
    store connects (a SQLite server never loads it: ~9 MB of RSS), and none of its errors exist before."""
    global _outages
    if _outages is _OUTAGES and "psycopg" in sys.modules:
        import psycopg

        _outages = (*_OUTAGES, psycopg.OperationalError, psycopg.InterfaceError)
    return _outages


def unavailable(reason: str) -> StoreUnavailable:
    err = StoreUnavailable(UNAVAILABLE)
    err.add_note(reason)
    return err


def describe(exc: BaseException) -> str:
    """A one-line cause for the log: the driver error's class and first line (no SQL, no parameters)."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return f"{type(orig).__name__}: {text[0] if text else ''}".rstrip(": ")


def postgres_connect_args(url: URL, timeouts: StoreTimeouts) -> dict[str, Any]:
    """libpq options: connect timeout, keepalives and TCP user timeout (a dead peer is noticed), statement_timeout."""
    args: dict[str, Any] = {
        "connect_timeout": timeouts.connect,
        "keepalives": 1, "keepalives_idle": KEEPALIVE_IDLE, "keepalives_interval": KEEPALIVE_INTERVAL,
        "keepalives_count": KEEPALIVE_COUNT,
    }
    if timeouts.statement is not None:
        ms = max(1, int(timeouts.statement * 1000))
        args["tcp_user_timeout"] = ms + timeouts.connect * 1000
        options = str(url.query.get("options", "")).strip()  # keep the URL's own options (search_path ...)
        args["options"] = f"{options} -c statement_timeout={ms}".strip()
    return args


class Watch:
    """The PostgreSQL connection a worker thread is using for one store call, so a watchdog can cut it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: Any = None
        self.done = False

    def attach(self, dbapi_conn: Any) -> None:
        with self._lock:
            if not self.done:
                self._conn = dbapi_conn

    def finish(self) -> None:
        with self._lock:
            self.done = True
            self._conn = None

    def cut(self) -> None:
        """Shut the connection's socket down: the blocked thread's wait ends with an error at once."""
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is None:
                return
            with contextlib.suppress(Exception):
                fd = conn.pgconn.socket
                with socket.socket(fileno=socket.dup(fd)) as sock:
                    sock.shutdown(socket.SHUT_RDWR)


_current = threading.local()


@contextlib.contextmanager
def watching(watch: Watch | None) -> Any:
    """Within this block (on a worker thread), connections the thread checks out or pings are attached to watch."""
    _current.watch = watch
    try:
        yield
    finally:
        _current.watch = None
        if watch is not None:
            watch.finish()


def _attach(dbapi_conn: Any) -> None:
    watch: Watch | None = getattr(_current, "watch", None)
    if watch is not None:
        watch.attach(dbapi_conn)


# A pooled PostgreSQL connection is pinged when checked out only after it sat idle in the pool this long: one in
# steady use has just answered. A ping at every checkout was one round trip of the four a batch of completes takes.
PING_IDLE_S = 1.0
_IDLE_SINCE = "jobgate_idle_since"


def install_watch_hooks(engine: Engine, ping_idle_s: float | None = None) -> None:
    """Attach connections to the current thread's Watch when they are checked out, and ping there those that sat
    idle longer than `ping_idle_s` (the engine's pool_pre_ping must be off): a dead one is replaced before use.
    A connection that died within that time fails its transaction (503), and the pool then drops every
    connection older than the failure."""
    dialect = engine.dialect
    idle_s = PING_IDLE_S if ping_idle_s is None else ping_idle_s

    def idle_from_now(_dbapi_conn: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    def checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        _attach(dbapi_conn)
        since = record.info.get(_IDLE_SINCE)
        if since is not None and time.monotonic() - since < idle_s and not getattr(dbapi_conn, "broken", 0):
            return
        try:
            dialect.do_ping(dbapi_conn)
        except Exception as exc:  # the pool replaces the connection (and tries again, up to three times)
            raise sa.exc.DisconnectionError(describe(exc)) from exc

    sa.event.listen(engine, "connect", idle_from_now)
    sa.event.listen(engine, "checkin", idle_from_now)
    sa.event.listen(engine, "checkout", checkout)
