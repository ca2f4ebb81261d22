"""Admission control, the request id, slow request bodies and the one log line of every 5xx (docs/design.md).

The outermost ASGI middleware of the app:
- gives each request an id (the client's X-Request-ID when it is sane, else a new one) in the scope and in the
  response header X-Request-ID;
- answers at once with 503 in the dialect's shape when JOBGATE_MAX_CONCURRENT_REQUESTS requests are being served
  (parked long polls do not count: the hub caps those, JOBGATE_MAX_LONG_POLLS), or when the request came on a
  connection beyond the server's connection cap (app/jobgate/httpserver.py marks it in the scope);
- cuts a request body that takes longer than JOBGATE_BODY_TIMEOUT to arrive: 408, connection closed;
- adds Retry-After to every 503 and logs every 5xx once, with the request id and the cause (never a body, never
  SQL parameters: the store's engine hides them).
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jobgate.api.dialects import dialect_of
from jobgate.api.errors import render
from jobgate.runtime import Services
from jobgate.store.errors import JobgateError

log = logging.getLogger("jobgate.admission")

REQUEST_KEY = "jobgate.request"
OVER_CAPACITY_KEY = "jobgate.over_capacity"
# Set by the server's protocol (jobgate.httpserver) once the request's whole body has arrived: reading it then
# cannot wait, so no timeout scope is opened for it (one costs ~4 us on uvloop).
BODY_RECEIVED_KEY = "jobgate.body_received"
EXEMPT = frozenset({"/health", "/health/ready", "/metrics"})  # answered even at every limit
BUSY = "Reached maximum capacity of requests handled. Please try again later."
RETRY_AFTER_S = "1"
_SANE_ID = re.compile(rb"^[A-Za-z0-9._:\-]{1,128}$")


class RequestTimeout(JobgateError):
    """The request body did not arrive within JOBGATE_BODY_TIMEOUT."""

    status = 408


@dataclass(eq=False)
class RequestInfo:
    """Per request, shared by every copy of the scope: its id and the error that was rendered for it."""

    id: str
    error: BaseException | None = None


def request_info(scope: Scope) -> RequestInfo | None:
    info = scope.get(REQUEST_KEY)
    return info if isinstance(info, RequestInfo) else None


def _request_id(scope: Scope) -> str:
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id" and _SANE_ID.match(value):
            return str(value.decode("ascii"))
    # 128 random bits as 32 hex digits, the length of a UUID's hex. uuid4 reads the OS's random source (a system
    # call per request); ids need to be unique, not unpredictable. Each process seeds its own generator.
    return f"{random.getrandbits(128):032x}"


def _has_body(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"transfer-encoding" or (name == b"content-length" and value.strip() not in (b"0", b"")):
            return True
    return False


class AdmissionMiddleware:
    def __init__(self, app: ASGIApp, services: Services) -> None:
        self.app = app
        self.services = services
        self.settings = services.settings
        self.in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        info = RequestInfo(_request_id(scope))
        scope[REQUEST_KEY] = info
        path: str = scope["path"]
        # /health and /metrics neither wait for capacity nor take any: they may await the store (the readiness
        # ping, the jobs-by-state gauge), and a scrape must not turn a request away.
        counted = path not in EXEMPT
        if counted:
            over_capacity = bool(scope.get(OVER_CAPACITY_KEY))
            if over_capacity or self.in_flight - self.services.hub.parked >= self.settings.max_concurrent_requests:
                reason = "too many connections" if over_capacity else "too many concurrent requests"
                await self._reject(scope, receive, send, info, 503, BUSY, reason, close=over_capacity)
                return
        started = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = self._on_response(scope, message, info)
            await send(message)

        if _has_body(scope):
            receive = self._timed(scope, receive)
        self.in_flight += counted
        try:
            await self.app(scope, receive, guarded_send)
        except RequestTimeout as exc:  # raised where the body is read outside Connexion (ServicesMiddleware)
            if started:
                raise
            info.error = exc
            await self._reject(scope, receive, send, info, 408, exc.message, "slow request body", close=True)
        finally:
            self.in_flight -= counted

    def _timed(self, scope: Scope, receive: Receive) -> Receive:
        """receive, but the whole body must arrive within the body timeout (then RequestTimeout)."""
        loop = asyncio.get_running_loop()
        limit = self.settings.body_timeout
        deadline = loop.time() + limit
        done = False

        async def timed_receive() -> Message:
            nonlocal done
            if done or scope.get(BODY_RECEIVED_KEY):  # after the body (a long poll waits for the disconnect,
                return await receive()  # unbounded), or all of it is here already
            try:  # a timeout scope, not wait_for: no task per message
                async with asyncio.timeout_at(max(deadline, loop.time() + 0.001)):
                    message = await receive()
            except TimeoutError:
                raise RequestTimeout(f"The request body did not arrive within {limit:g} seconds.") from None
            if message["type"] != "http.request" or not message.get("more_body", False):
                done = True
            return message

        return timed_receive

    def _on_response(self, scope: Scope, message: Message, info: RequestInfo) -> Message:
        status = int(message["status"])
        headers = [*message.get("headers", ()), (b"x-request-id", info.id.encode())]
        if status == 503 and not any(k.lower() == b"retry-after" for k, _ in headers):
            headers.append((b"retry-after", RETRY_AFTER_S.encode()))
        if status == 408:
            headers.append((b"connection", b"close"))
        if status >= 500:
            log_failure(scope, status, info)
        elif status == 408:
            log.warning("%s %s -> 408 [request %s]: slow request body", scope["method"], scope["path"], info.id)
        return {**message, "headers": headers}

    async def _reject(self, scope: Scope, receive: Receive, send: Send, info: RequestInfo, status: int,
                      message: str, reason: str, *, close: bool) -> None:
        dialect = dialect_of(scope["path"])
        if status == 503 and dialect.name == "zeebe":
            message = f"RESOURCE_EXHAUSTED: {message}"
        headers = {"X-Request-ID": info.id}
        if status == 503:
            headers["Retry-After"] = RETRY_AFTER_S
        if close:
            headers["Connection"] = "close"
        response = render(dialect, status, message, headers, instance=scope["path"])
        log.warning("%s %s -> %d [request %s]: %s", scope["method"], scope["path"], status, info.id, reason)
        await response(scope, receive, send)


def log_failure(scope: Scope, status: int, info: RequestInfo) -> None:
    """The one log line of a 5xx: request id and cause; a traceback only for unexpected errors (500)."""
    exc = info.error
    method, path = scope["method"], scope["path"]
    if exc is None:
        log.error("%s %s -> %d [request %s]", method, path, status, info.id)
    elif isinstance(exc, JobgateError):
        cause = "; ".join(getattr(exc, "__notes__", ())) or exc.message
        log.error("%s %s -> %d [request %s]: %s: %s", method, path, status, info.id, type(exc).__name__, cause)
    else:
        log.error("%s %s -> %d [request %s]: %s", method, path, status, info.id, type(exc).__name__,
                  exc_info=exc)


def note_error(scope: Any, exc: BaseException) -> None:
    """Remember the error an error handler rendered, for the log line of its response."""
    info = request_info(scope)
    if info is not None:
        info.error = exc
