"""uvicorn as `jobgate serve` runs it: limits that need the connection, below the ASGI app (docs/design.md).

uvicorn's httptools protocol has no header size limit, no timeout while a request's headers arrive (only the
keep-alive timeout between requests; a connection that sends nothing, or trickles its headers, is held for
ever), and its `limit_concurrency` answers a plain-text 503 to /health too. GuardedHttpToolsProtocol adds:

- a header section larger than JOBGATE_MAX_HEADER_BYTES answers 431 in the dialect's shape and is closed;
- a request line and headers must arrive within JOBGATE_HEADER_TIMEOUT of the connection opening (or of the
  request's first byte on a kept-alive connection), else the connection is closed (with a 408 if part of a
  request had arrived): a slowloris holds a connection for that long at most;
- connections beyond the connection cap (JOBGATE_MAX_CONNECTIONS, and never closer than FD_RESERVE to the
  open-file limit) are marked in the scope: the admission middleware answers them 503 in the dialect's shape
  and closes them, except /health; they get OVER_CAPACITY_HEADER_TIMEOUT_S to send their request, and beyond
  OVERFLOW of them a connection is closed unanswered at once. So clients alone never exhaust the process's file
  descriptors (no accept loop failing with EMFILE), and /health keeps being answered.
"""

from __future__ import annotations

import asyncio
import collections
import functools
import logging
import resource
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from jobgate.admission import BODY_RECEIVED_KEY, OVER_CAPACITY_KEY
from jobgate.api.dialects import dialect_of
from jobgate.api.errors import render
from jobgate.logfilter import install_repeat_filter
from jobgate.parking import DISCONNECT_KEY
from jobgate.settings import Settings

log = logging.getLogger("jobgate.http")
FD_RESERVE = 64  # file descriptors kept for the database pool, the log, the listening socket ...
# Connections beyond the cap: OVERFLOW more are let in, get this long to send a request and are answered 503
# (or 200 for /health); any beyond those are closed unanswered at once, so their descriptors come back at once.
OVERFLOW = 32
OVER_CAPACITY_HEADER_TIMEOUT_S = 0.25
_REASONS = {408: b"Request Timeout", 431: b"Request Header Fields Too Large"}
_NO_BODY = frozenset({"GET", "HEAD"})  # methods whose bodies the body timeout need not be spared for


def _nothing() -> None:
    pass


def _discard(callbacks: list[Callable[[], None]], callback: Callable[[], None]) -> None:
    if callback in callbacks:
        callbacks.remove(callback)


class _Pipeline(list[Any]):
    """uvicorn's queue of pipelined requests (it uses appendleft, pop and truth) as a list: an empty deque holds a
    64-slot block (~760 bytes), an empty list 56 bytes, and a connection nearly never pipelines."""

    def appendleft(self, item: Any) -> None:
        self.insert(0, item)


def _lean(event: asyncio.Event) -> asyncio.Event:
    """The event with its waiters in a list instead of a deque (Event only appends, removes and iterates them, as
    asyncio.Lock keeps them): ~700 bytes less for each of the two events every open connection holds."""
    waiters = event._waiters
    if isinstance(waiters, collections.deque) and not waiters:  # never while someone waits
        event._waiters = []  # type: ignore[assignment]
    return event


class _OneWrite:
    """The transport as a request's cycle sees it: uvicorn writes a response's head and its body in two calls
    (two syscalls, two TCP segments, two wake-ups of the client); this holds the head until the first body
    write and sends both at once. Nothing is held across a close."""

    __slots__ = ("transport", "held", "armed")

    def __init__(self, transport: asyncio.Transport, armed: bool = True) -> None:
        self.transport = transport
        self.held = b""
        self.armed = armed  # the next write is a response head (not a 100 Continue)

    def write(self, data: bytes) -> None:
        if self.armed and not data.startswith(b"HTTP/1.1 100 "):
            self.armed = False
            self.held = data
            return
        if self.held:
            data, self.held = self.held + data, b""
        self.transport.write(data)

    def close(self) -> None:
        if self.held:
            self.transport.write(self.held)
            self.held = b""
        self.transport.close()

    def is_closing(self) -> bool:
        return self.transport.is_closing()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self.transport.get_extra_info(name, default)


class HeaderTooLarge(Exception):
    pass


@dataclass(frozen=True)
class Limits:
    max_connections: int = 12_000
    max_header_bytes: int = 16_384
    header_timeout: float = 10.0


def raise_fd_limit() -> int:
    """Lift the soft open-file limit to the hard one (as Go programs do at start); return the soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or hard > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else 1 << 20, hard))
        except (ValueError, OSError):
            pass
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


class _Guard:
    """The guarded protocol's own state, in one slotted object: uvicorn's protocol has 28 attributes, and an
    instance dict of up to 29 shares its keys with the other instances (~330 bytes) while one of 30 or more is a
    dict of its own (~1.6 KB), for every open connection."""

    __slots__ = ("header_timer", "in_head", "head_bytes", "raw_head", "over_capacity", "events", "on_lost",
                 "between")

    def __init__(self) -> None:
        self.header_timer: asyncio.TimerHandle | None = None
        self.in_head = True  # reading a request line and headers (or waiting for the first byte)
        self.head_bytes = 0  # bytes received since the current head began (exact count in the callbacks)
        self.raw_head = 0  # bytes fed to the parser while in the head (catches one huge unfinished line)
        self.over_capacity = False
        self.events = 0  # heads and messages completed (a chunk that ended one is not all head)
        self.on_lost: list[Callable[[], None]] | None = None  # on_disconnect callbacks of the current request
        self.between = False  # a message ended and no byte of the next one has been parsed


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    limits: ClassVar[Limits] = Limits()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._g = _Guard()  # one attribute: see _Guard

    # -- connection ------------------------------------------------------------------------------------------
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.pipeline = _Pipeline()  # type: ignore[assignment]
        _lean(self.flow._is_writable_event)
        open_now = len(self.connections)
        if open_now > self.limits.max_connections + OVERFLOW:  # no room even to say no: free the fd at once
            log.warning("connection closed unanswered: %d connections are open", open_now)
            transport.close()
            return
        self._g.over_capacity = open_now > self.limits.max_connections
        self._arm(OVER_CAPACITY_HEADER_TIMEOUT_S if self._g.over_capacity else self.limits.header_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)
        callbacks, self._g.on_lost = self._g.on_lost, None
        for callback in callbacks or ():
            callback()

    def on_disconnect(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` once when the client goes away (jobgate.parking.DISCONNECT_KEY); returns its cancel."""
        if self.transport.is_closing():
            self.loop.call_soon(callback)
            return _nothing
        if self._g.on_lost is None:
            self._g.on_lost = []
        self._g.on_lost.append(callback)
        self.flow.resume_reading()  # as ASGI receive does: a paused transport would not see the client leave
        return functools.partial(_discard, self._g.on_lost, callback)

    def data_received(self, data: bytes) -> None:
        self._unset_keepalive_if_required()
        was_head, events = self._g.in_head, self._g.events
        self._timed_head(events, parsed=False)
        try:
            self.parser.feed_data(data)
            if was_head and self._g.in_head and events == self._g.events:  # the whole chunk was part of one head
                self._g.raw_head += len(data)
                if self._g.raw_head > self.limits.max_header_bytes:
                    raise HeaderTooLarge
        except HeaderTooLarge:
            self._refuse(431, "The request header fields are too large.")
        except httptools.HttpParserError as exc:
            if isinstance(exc.__context__, HeaderTooLarge):
                self._refuse(431, "The request header fields are too large.")
                return
            self.logger.warning("Invalid HTTP request received.")
            self.send_400_response("Invalid HTTP request received.")
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
        self._timed_head(events, parsed=True)

    # -- parser callbacks ------------------------------------------------------------------------------------
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._g.in_head = True
        self._g.between = False
        self._g.head_bytes = 0
        scope: dict[str, Any] = self.scope  # type: ignore[assignment]
        scope[DISCONNECT_KEY] = self.on_disconnect
        if self._g.over_capacity:
            scope[OVER_CAPACITY_KEY] = True

    def on_url(self, url: bytes) -> None:
        self._g.head_bytes += len(url)
        if self._g.head_bytes > self.limits.max_header_bytes:
            raise HeaderTooLarge
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._g.head_bytes += len(name) + len(value) + 4
        if self._g.head_bytes > self.limits.max_header_bytes:
            raise HeaderTooLarge
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._g.events += 1
        self._g.in_head = False
        self._g.raw_head = 0
        self._disarm()
        super().on_headers_complete()
        if self.cycle is not None:
            _lean(self.cycle.message_event)
            self.cycle.transport = _OneWrite(self.transport)  # type: ignore[assignment]

    def on_message_complete(self) -> None:
        self._g.events += 1
        if self.scope["method"] not in _NO_BODY:  # (a parked long poll's scope stays as small as it was)
            self.scope[BODY_RECEIVED_KEY] = True  # type: ignore[literal-required]
        super().on_message_complete()
        self._g.in_head = True
        self._g.between = True
        self._g.raw_head = 0

    # -- helpers ---------------------------------------------------------------------------------------------
    def _timed_head(self, events: int, *, parsed: bool) -> None:
        """Start the header timeout for a chunk that is (part of) a head, when none runs: before the chunk is
        parsed, unless the connection sits between messages; after it, when it left a head unfinished or was no
        part of a message at all. A chunk that holds whole requests (the usual case) starts no timer only to
        cancel it; `events` is the count before the chunk."""
        g = self._g
        if not g.in_head or g.header_timer is not None or self.transport.is_closing():
            return
        if g.between and (not parsed or g.events != events):
            return
        self._arm(self.limits.header_timeout)

    def _arm(self, seconds: float) -> None:
        self._disarm()
        self._g.header_timer = self.loop.call_later(seconds, self._head_timeout)

    def _disarm(self) -> None:
        if self._g.header_timer is not None:
            self._g.header_timer.cancel()
            self._g.header_timer = None

    def _head_timeout(self) -> None:
        self._g.header_timer = None
        if not self._g.in_head or self.transport.is_closing():
            return
        if self._g.raw_head or self._g.head_bytes:
            self._refuse(408, "The request headers did not arrive in time.")
        else:
            self.transport.close()  # an idle connection that never sent a byte

    def _refuse(self, status: int, message: str) -> None:
        """Answer in the dialect of the request's path (as far as it arrived) and close the connection."""
        self._disarm()
        path = self.url.split(b"?", 1)[0].decode("latin-1") if self.url else "/"
        response = render(dialect_of(path), status, message, instance=path)
        head = (b"HTTP/1.1 %d %s\r\ncontent-type: %s\r\ncontent-length: %d\r\nconnection: close\r\n\r\n"
                % (status, _REASONS[status], response.media_type.encode() if response.media_type else b"",
                   len(response.body)))
        log.warning("%s from %s: %s", status, self.client[0] if self.client else "?", message)
        if not self.transport.is_closing():
            self.transport.write(head + bytes(response.body))
            self.transport.close()


def server_options(settings: Settings) -> dict[str, Any]:
    """uvicorn.Config options of `jobgate serve` (fd limit raised, guarded protocol, idle timeout, log filter)."""
    soft = raise_fd_limit()
    GuardedHttpToolsProtocol.limits = Limits(
        max_connections=max(16, min(settings.max_connections,
                                    soft - FD_RESERVE - OVERFLOW - 2 * settings.db_pool_size)),
        max_header_bytes=settings.max_header_bytes,
        header_timeout=settings.header_timeout,
    )
    install_repeat_filter(settings.log_repeat_interval)
    return {"http": GuardedHttpToolsProtocol, "timeout_keep_alive": settings.idle_timeout,
            "limit_concurrency": None, "backlog": 2048}
