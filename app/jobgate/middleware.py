"""ASGI middleware: hands each request its app's services, bounds body size, records metrics."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jobgate.api.dialects import Dialect, dialect_of
from jobgate.api.errors import render
from jobgate.api.problems import PayloadTooLarge
from jobgate.parking import Parked
from jobgate.reqctx import RequestContext, current
from jobgate.runtime import SCOPE_KEY, Services

access = logging.getLogger("jobgate.access")
client_errors = logging.getLogger("jobgate.requests")  # 4xx answers, at debug

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _framing(scope: Scope) -> tuple[int | None, bool]:
    """The declared Content-Length (None when absent or unreadable) and whether the body is chunked."""
    length: int | None = None
    chunked = False
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                length = int(value)
            except ValueError:
                length = None
        elif name == b"transfer-encoding":
            chunked = True
    return length, chunked


async def _read_body(receive: Receive, limit: int) -> bytes | Message | None:
    """The whole request body; None when it exceeds `limit` bytes, the disconnect message when the client left."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return message
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _limited(receive: Receive, limit: int) -> Receive:
    """receive, but a body beyond `limit` bytes raises PayloadTooLarge (413)."""
    received = 0

    async def limited_receive() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise PayloadTooLarge(f"The request body exceeds {limit} bytes.")
        return message

    return limited_receive


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive channel that yields `body` in one message, then what the client sends next (a disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


class ServicesMiddleware:
    """Outermost middleware: puts the services into the scope, enforces the body limit, counts requests."""

    def __init__(self, app: ASGIApp, services: Services) -> None:
        self.app = app
        self.services = services
        self.metrics = services.metrics
        self.access_log = services.settings.access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope[SCOPE_KEY] = self.services
        limit = self.services.settings.max_body_bytes
        dialect = dialect_of(scope["path"])
        length, chunked = _framing(scope)
        if length is not None and length > limit:
            await self._too_large(dialect, limit, scope, receive, send)
            return
        if length is None and (chunked or scope["method"] in _BODY_METHODS):
            # A body without Content-Length (chunked): Connexion would take it for a missing body ("RequestBody is
            # required"), so it is read here, up to the limit, and passed on with its length.
            body = await _read_body(receive, limit)
            if body is None:
                await self._too_large(dialect, limit, scope, receive, send)
                return
            if not isinstance(body, bytes):  # the client went away before sending all of it
                return
            headers = [(k, v) for k, v in scope.get("headers", []) if k != b"transfer-encoding"]
            scope = {**scope, "headers": [*headers, (b"content-length", str(len(body)).encode())]}
            receive = _replay(body, receive)
        if length is None:  # with a declared length within the limit the HTTP parser stops the body at it
            receive = _limited(receive, limit)

        info = scope.get("jobgate.request")
        extensions = scope.setdefault("extensions", {})  # shared with the copies: Connexion's routing fills it
        ctx = RequestContext(getattr(info, "id", ""), dialect.name, extensions=extensions)
        token = current.set(ctx)

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                ctx.status = message["status"]
            await send(message)

        start = time.perf_counter()
        resume: Callable[[], Awaitable[Any]] | None = None
        try:
            try:
                await self.app(scope, receive, recording_send)
            except Parked as parked:  # a long poll waits here, its inner middleware stack unwound (jobgate.parking)
                resume, send_to = parked.resume, parked.send
                parked.__traceback__ = None  # it held the frames of the unwound stack
            if resume is not None:
                response = await resume()
                await response(scope, receive, send_to)
        finally:
            elapsed = time.perf_counter() - start
            code = ctx.status or 500
            ctx.operation = operation = ctx.operation_name() or "none"
            if not ctx.long_poll:
                self.metrics.observe_request(dialect.name, operation, code, elapsed)
            self.metrics.count_request(dialect.name, scope["method"], code)
            if self.access_log:
                access.info("%s %s %d %.1fms", scope["method"], scope["path"], code, elapsed * 1000,
                            extra={"duration_ms": round(elapsed * 1000, 3), "status": code})
            elif 400 <= code < 500 and client_errors.isEnabledFor(logging.DEBUG):
                client_errors.debug("%s %s -> %d", scope["method"], scope["path"], code, extra={"status": code})
            current.reset(token)

    async def _too_large(self, dialect: Dialect, limit: int, scope: Scope, receive: Receive, send: Send) -> None:
        response = render(dialect, 413, f"The request body exceeds {limit} bytes.", instance=scope["path"])
        await response(scope, receive, send)
        self.metrics.requests.labels(dialect.name, scope["method"], "413").inc()
