"""ASGI middleware: hands each request its app's services, bounds body size, records metrics."""

from __future__ import annotations

import time
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jobgate.errors import Dialect, PayloadTooLarge, dialect_of, render
from jobgate.runtime import SCOPE_KEY, Services


class Metrics:
    """Prometheus metrics of one app (own registry, so several apps can live in one process)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("jobgate_http_requests_total", "HTTP requests served", ["dialect", "method", "status"],
                                registry=self.registry)
        self.latency = Histogram("jobgate_http_request_seconds", "HTTP request latency", ["dialect"],
                                 registry=self.registry,
                                 buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 60))
        self.jobs_activated = Counter("jobgate_jobs_activated_total", "Jobs handed out by activation",
                                      registry=self.registry)
        self.waiters = Gauge("jobgate_long_poll_waiters", "Activation requests waiting for jobs",
                             registry=self.registry)


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

    def __init__(self, app: ASGIApp, services: Services, metrics: Metrics) -> None:
        self.app = app
        self.services = services
        self.metrics = metrics

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
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise PayloadTooLarge(f"The request body exceeds {limit} bytes.")
            return message

        status: dict[str, Any] = {"code": 500}

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        start = time.perf_counter()
        try:
            await self.app(scope, limited_receive, recording_send)
        finally:
            self.metrics.latency.labels(dialect.name).observe(time.perf_counter() - start)
            self.metrics.requests.labels(dialect.name, scope["method"], str(status["code"])).inc()

    async def _too_large(self, dialect: Dialect, limit: int, scope: Scope, receive: Receive, send: Send) -> None:
        response = render(dialect, 413, f"The request body exceeds {limit} bytes.")
        await response(scope, receive, send)
        self.metrics.requests.labels(dialect.name, scope["method"], "413").inc()
