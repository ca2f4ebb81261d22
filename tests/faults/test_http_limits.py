"""Every admission limit of a real `jobgate serve` hit once: the expected status in the dialect's shape, at once,
nothing written, and the server healthy afterwards (docs/design.md)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import sqlite_url
from tests.faults.support import Serve, connect, json_body, read_response, serving, status_of

pytestmark = pytest.mark.slow

ENV = {"JOBGATE_MAX_CONCURRENT_REQUESTS": "2", "JOBGATE_MAX_LONG_POLLS": "2", "JOBGATE_MAX_CONNECTIONS": "16",
       "JOBGATE_MAX_HEADER_BYTES": "4096", "JOBGATE_HEADER_TIMEOUT": "1.5", "JOBGATE_BODY_TIMEOUT": "1.5",
       "JOBGATE_IDLE_TIMEOUT": "1"}
INSTANCE = b'{"bpmnProcessId": "lim"}'


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Serve]:
    directory = tmp_path_factory.mktemp("limits")
    with serving(sqlite_url(directory), directory / "server.log", ENV) as s:
        r = httpx.post(f"{s.url}/admin/process-definitions",
                       json={"bpmnProcessId": "lim", "tasks": [{"elementId": "t", "type": "lim-work"}]})
        assert r.status_code == 201
        yield s


def _jobs(s: Serve) -> int:
    r = httpx.get(f"{s.url}/engine-rest/job/count", timeout=5)
    assert r.status_code == 200, r.text
    return int(r.json()["count"])


def _healthy(s: Serve) -> None:
    assert httpx.get(f"{s.url}/health", timeout=5).status_code == 200
    assert httpx.get(f"{s.url}/health/ready", timeout=5).status_code == 200


def _trickle_body(s: Serve, stop: threading.Event) -> bytes:
    """POST an instance whose body arrives a byte every 0.2 s; return the whole answer."""
    sock = connect(s.port)
    try:
        sock.sendall(b"POST /admin/process-instances HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n" % len(INSTANCE))
        for byte in INSTANCE:
            if stop.is_set():
                break
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                break
            time.sleep(0.2)
        return read_response(sock)
    finally:
        sock.close()


def test_header_section_too_large_is_431_in_the_dialect_shape(server: Serve) -> None:
    before = _jobs(server)
    sock = connect(server.port)
    sock.sendall(b"POST /zeebe/jobs/1 HTTP/1.1\r\nHost: t\r\nX-Big: " + b"a" * 5000 + b"\r\n\r\n")
    raw = read_response(sock)
    assert status_of(raw) == 431 and b"connection: close" in raw.lower()
    assert json.loads(json_body(raw)) == {"data": None, "error": "The request header fields are too large."}
    sock = connect(server.port)  # one endless header line, never finished: cut as soon as it passes the limit
    sock.sendall(b"GET /engine-rest/job HTTP/1.1\r\nX-Endless: " + b"b" * 20_000)
    raw = read_response(sock)
    assert status_of(raw) == 431 and json.loads(json_body(raw))["type"] == "InvalidRequestException"
    assert _jobs(server) == before
    _healthy(server)


def test_slowloris_headers_and_silent_connections_are_closed(server: Serve) -> None:
    sock = connect(server.port)
    sock.sendall(b"GET /process/api/v1/process-instances/1/jobs HTTP/1.1\r\nHost: t\r\n")
    started = time.monotonic()
    raw = b""
    for i in range(30):  # a header line every 0.2 s: the request never completes
        try:
            sock.sendall(b"X-%d: y\r\n" % i)
        except OSError:
            break
        time.sleep(0.2)
    raw = read_response(sock, limit=5)
    assert status_of(raw) == 408 and json.loads(json_body(raw))["o:errorCode"] == "OPA-408"
    assert time.monotonic() - started < 4
    silent = connect(server.port)  # sends nothing at all
    started = time.monotonic()
    assert read_response(silent, limit=5) == b"" and time.monotonic() - started < 3
    _healthy(server)


def test_slow_body_is_408_and_writes_nothing(server: Serve) -> None:
    before = _jobs(server)
    started = time.monotonic()
    raw = _trickle_body(server, threading.Event())
    assert status_of(raw) == 408, raw
    body = json.loads(json_body(raw))
    assert body["status"] == 408 and body["detail"] == "The request body did not arrive within 1.5 seconds."
    assert b"connection: close" in raw.lower() and time.monotonic() - started < 4
    assert _jobs(server) == before
    _healthy(server)


def test_concurrent_requests_beyond_the_cap_get_503_at_once(server: Serve) -> None:
    before = _jobs(server)
    stop = threading.Event()
    holders = [threading.Thread(target=_trickle_body, args=(server, stop)) for _ in range(2)]
    for t in holders:
        t.start()
    time.sleep(0.5)  # both are in flight now, their bodies trickling
    started = time.monotonic()
    r = httpx.get(f"{server.url}/engine-rest/job/count", timeout=5)
    assert r.status_code == 503 and time.monotonic() - started < 0.5
    assert r.json() == {"type": "ProcessEngineException",
                        "message": "Reached maximum capacity of requests handled. Please try again later."}
    assert r.headers["retry-after"] == "1" and r.headers["x-request-id"]
    r = httpx.post(f"{server.url}/admin/process-instances", content=INSTANCE,
                   headers={"content-type": "application/json"}, timeout=5)
    assert r.status_code == 503 and r.headers["content-type"] == "application/problem+json"
    assert httpx.get(f"{server.url}/health", timeout=5).status_code == 200  # exempt
    stop.set()
    for t in holders:
        t.join(10)
    assert _jobs(server) == before
    _healthy(server)


async def test_waiting_long_polls_beyond_the_cap_get_resource_exhausted(server: Serve) -> None:
    async with httpx.AsyncClient(base_url=server.url, timeout=10) as c:
        params = {"type": "lim-idle", "requestTimeout": 3000}
        parked = [asyncio.create_task(c.get("/zeebe/jobs", params=params)) for _ in range(2)]
        for _ in range(100):
            if "jobgate_long_poll_waiters 2.0" in (await c.get("/metrics")).text:
                break
            await asyncio.sleep(0.02)
        started = time.monotonic()
        r = await c.get("/zeebe/jobs", params=params)
        assert r.status_code == 503 and time.monotonic() - started < 0.5
        assert r.json() == {"data": None, "error": "Expected to activate jobs of type 'lim-idle', but no jobs "
                                                   "available and at least one broker returned 'RESOURCE_EXHAUSTED'. "
                                                   "Please try again later."}
        # the parked polls do not count as busy requests: others are still served (cap 2)
        assert (await c.get("/engine-rest/job/count")).status_code == 200
        for task in parked:
            answer = await task
            assert answer.status_code == 200 and answer.json()["data"]["jobs"] == []
    _healthy(server)


def test_connections_beyond_the_cap_get_503_but_health_answers(server: Serve) -> None:
    idle = [connect(server.port) for _ in range(17)]  # the cap is 16; they send nothing
    try:
        time.sleep(0.2)
        extra = connect(server.port)
        extra.sendall(b"GET /zeebe/jobs?type=x&requestTimeout=-1 HTTP/1.1\r\nHost: t\r\n\r\n")
        raw = read_response(extra)
        assert status_of(raw) == 503 and b"connection: close" in raw.lower()
        assert json.loads(json_body(raw))["error"].startswith("RESOURCE_EXHAUSTED: Reached maximum capacity")
        health = connect(server.port)
        health.sendall(b"GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        assert status_of(read_response(health, limit=2)) == 200
    finally:
        for sock in idle:
            sock.close()
    time.sleep(0.3)
    _healthy(server)
    log = "\n".join(server.log_lines())
    assert "Traceback" not in log


def test_idle_keep_alive_connection_is_closed(server: Serve) -> None:
    sock = connect(server.port)
    sock.sendall(b"GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
    started = time.monotonic()
    raw = read_response(sock, limit=5)  # the answer, then the server closes the idle connection
    assert status_of(raw) == 200 and raw.endswith(b'{"status":"ok"}')
    assert time.monotonic() - started < 4.5  # JOBGATE_IDLE_TIMEOUT=1 (slack for a busy machine)


def test_large_bodies_and_pipelined_requests_are_not_taken_for_large_headers(server: Serve) -> None:
    big = json.dumps({"bpmnProcessId": "lim", "variables": {"blob": "x" * 200_000}}).encode()
    r = httpx.post(f"{server.url}/admin/process-instances", content=big,
                   headers={"content-type": "application/json"}, timeout=10)
    assert r.status_code == 201, r.text
    sock = connect(server.port)
    one = (b"POST /admin/process-instances HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
           b"Content-Length: %d\r\n\r\n%s" % (len(big), big))
    sock.sendall(one + b"GET /health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
    raw = read_response(sock)
    assert raw.count(b"HTTP/1.1 201") == 1 and raw.count(b"HTTP/1.1 200") == 1, raw[:300]
