"""The guarded protocol's write path: a response's head and body leave in one transport write.

uvicorn's protocol runs here for real (its request cycle, on jobgate's subclass) over a transport that records
what it is given; plain uvicorn, on the same requests, writes the head and the body separately.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from jobgate.admission import BODY_RECEIVED_KEY
from jobgate.httpserver import GuardedHttpToolsProtocol, _OneWrite

pytestmark = pytest.mark.anyio


class RecordingTransport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.writes.append(bytes(data))

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 5000), "sockname": ("127.0.0.1", 8080)}.get(name, default)

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


async def read_body(receive: Any) -> bytes:
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            return body


async def echo(scope: Any, receive: Any, send: Any) -> None:
    """Answers the request body (or `ok`), as Starlette's Response does: a start message, then one body."""
    body = await read_body(receive) or b"ok"
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/plain"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def guarded(app: Any, connect: bool = True) -> tuple[GuardedHttpToolsProtocol, RecordingTransport]:
    """jobgate's protocol serving `app` over a recording transport (connected unless `connect` is False)."""
    config = Config(app=app, log_config=None)
    config.load()
    transport = RecordingTransport()
    protocol = GuardedHttpToolsProtocol(config=config, server_state=ServerState(), app_state={})
    if connect:
        protocol.connection_made(transport)
    return protocol, transport


async def settle() -> None:
    """Let the requests' tasks run to their ends."""
    for _ in range(20):
        await asyncio.sleep(0)


async def exchange(protocol_class: type[HttpToolsProtocol], *requests: bytes) -> RecordingTransport:
    config = Config(app=echo, log_config=None)
    config.load()
    transport = RecordingTransport()
    protocol = protocol_class(config=config, server_state=ServerState(), app_state={})
    protocol.connection_made(transport)
    for request in requests:
        protocol.data_received(request)
        for _ in range(20):  # let the request's task run to its end
            await asyncio.sleep(0)
    protocol.connection_lost(None)
    return transport


GET = b"GET /x HTTP/1.1\r\nHost: t\r\n\r\n"


async def test_a_response_is_one_write() -> None:
    guarded = await exchange(GuardedHttpToolsProtocol, GET, GET)
    assert len(guarded.writes) == 2  # one per response, head and body together
    for write in guarded.writes:
        assert write.startswith(b"HTTP/1.1 200 OK\r\n") and write.endswith(b"\r\n\r\nok")
    plain = await exchange(HttpToolsProtocol, GET, GET)  # what this changes: uvicorn writes head and body apart
    assert len(plain.writes) == 4 and b"".join(plain.writes) == b"".join(guarded.writes)


async def test_100_continue_is_written_at_once() -> None:
    """The interim answer cannot wait for the body: the client sends the body only after it."""
    head = b"POST /x HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"
    protocol, transport = guarded(echo)
    protocol.data_received(head)
    await settle()
    assert transport.writes == [b"HTTP/1.1 100 Continue\r\n\r\n"]
    protocol.data_received(b"hello")
    await settle()
    assert len(transport.writes) == 2 and transport.writes[1].endswith(b"\r\n\r\nhello")
    protocol.connection_lost(None)


def test_a_held_head_is_written_before_a_close() -> None:
    transport = RecordingTransport()
    one = _OneWrite(transport)
    one.write(b"HTTP/1.1 200 OK\r\n\r\n")
    assert transport.writes == []
    one.close()  # e.g. the app ended without a body: the head still goes out, then the connection closes
    assert transport.writes == [b"HTTP/1.1 200 OK\r\n\r\n"] and transport.closed
    one.write(b"later")  # not armed: passes through
    assert transport.writes[-1] == b"later"


async def test_the_scope_says_when_the_whole_body_has_arrived() -> None:
    """The admission middleware reads a body that is all here without a timeout scope (jobgate.admission)."""
    seen: list[tuple[bool, bool]] = []  # (marked before the first receive, marked after the body)

    async def app(scope: Any, receive: Any, send: Any) -> None:
        before = bool(scope.get(BODY_RECEIVED_KEY))
        while (await receive()).get("more_body"):
            pass
        seen.append((before, bool(scope.get(BODY_RECEIVED_KEY))))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    protocol, transport = guarded(app)
    head = b"POST /x HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\n"
    protocol.data_received(head + b"hello")  # head and body in one segment
    await settle()
    protocol.data_received(head)  # the body follows later
    await settle()
    protocol.data_received(b"hel")
    await settle()
    protocol.data_received(b"lo")
    await settle()
    protocol.connection_lost(None)
    assert seen == [(True, True), (False, True)]


async def test_a_body_never_goes_beyond_its_declared_length() -> None:
    """ServicesMiddleware counts body bytes against the body limit only where no Content-Length was declared: the
    protocol ends a body at its declared length (more bytes are the next request), so a declared length within the
    limit keeps the body within it."""
    bodies: list[bytes] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        bodies.append(await read_body(receive))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    protocol, transport = guarded(app)
    protocol.data_received(b"POST /x HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello, and then some more")
    await settle()
    protocol.connection_lost(None)
    assert bodies == [b"hello"]
    heads = sorted(write.split(b"\r\n", 1)[0] for write in transport.writes)
    assert heads == [b"HTTP/1.1 204 No Content", b"HTTP/1.1 400 Bad Request"]  # the rest was no request


async def test_the_header_timeout_runs_only_while_a_head_is_unfinished() -> None:
    """A chunk that holds a whole request starts no header timer (it was started and cancelled within the same
    call); a chunk that leaves a head unfinished, or that is no part of a message, starts it."""
    protocol, transport = guarded(echo, connect=False)
    armed: list[float] = []
    real = protocol._arm

    def arm(seconds: float) -> None:
        armed.append(seconds)
        real(seconds)

    protocol._arm = arm  # type: ignore[method-assign]
    protocol.connection_made(transport)  # the first request's head is timed from the connection's opening
    assert protocol._g.header_timer is not None and len(armed) == 1
    armed.clear()
    for _ in range(3):
        protocol.data_received(GET)
        await settle()
    assert protocol._g.header_timer is None and armed == []  # three whole requests: no timer started
    protocol.data_received(GET + b"GET /x HT")  # a whole request, then the start of the next head
    assert protocol._g.header_timer is not None and len(armed) == 1
    protocol.data_received(b"TP/1.1\r\nHost: t\r\n\r\n")
    await settle()
    assert protocol._g.header_timer is None and len(armed) == 1
    protocol.data_received(b"\r\n")  # no part of a message: a trickle of line ends is timed too
    assert protocol._g.header_timer is not None and len(armed) == 2
    protocol.connection_lost(None)
    assert len(transport.writes) == 5  # every request answered
