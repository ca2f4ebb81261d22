"""scripts/bench: a lean HTTP/1.1 client for the throughput phases (keep-alive, one request at a time).

httpx spends about as much CPU per request as the server it measures, and both share the machine's two cores, so
with httpx the worker-loop figures are half client. Like wrk for the list benchmark, this client does the least
work a worker needs: write the request, read the status, headers and body (Content-Length or chunked), nothing
else. `--client httpx` keeps the earlier client for comparison.

The benchmarks' clients run on uvloop, as `jobgate serve` runs the server (`run_client`): on asyncio's own loop the
client of the PostgreSQL worker loop cost 76-83 us of CPU per job, on uvloop 66-69 us, and the server on the same
two cores gets that CPU back. BENCH_CLIENT_LOOP=asyncio runs them on asyncio's loop, for comparison.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx
import orjson
import uvloop

T = TypeVar("T")


def run_client(main: Coroutine[Any, Any, T]) -> T:
    """asyncio.run on uvloop (BENCH_CLIENT_LOOP=asyncio: on asyncio's own loop)."""
    if os.environ.get("BENCH_CLIENT_LOOP", "uvloop") == "asyncio":
        return asyncio.run(main)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(main)


class RawConnection:
    def __init__(self, host: str, port: int, headers: dict[str, str] | None = None) -> None:
        self.host, self.port = host, port
        self.extra = "".join(f"{name}: {value}\r\n" for name, value in (headers or {}).items())
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def __aenter__(self) -> RawConnection:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        return self

    async def __aexit__(self, *_exc: object) -> None:
        if self.writer is not None:
            self.writer.close()

    async def request(self, method: str, target: str, body: bytes | None = None) -> tuple[int, bytes]:
        assert self.reader is not None and self.writer is not None
        head = f"{method} {target} HTTP/1.1\r\nHost: {self.host}\r\n{self.extra}"
        if body is not None:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        self.writer.write(head.encode() + b"\r\n" + (body or b""))
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        fields = (line.partition(":") for line in lines[1:] if line)
        headers = {name.lower(): value.strip() for name, _, value in fields}
        if status in (204, 304) or method == "HEAD":
            return status, b""
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                data = await self.reader.readexactly(size + 2)
                if size == 0:
                    break
                chunks.append(data[:-2])
            return status, b"".join(chunks)
        return status, await self.reader.readexactly(int(headers.get("content-length", "0")))


class Worker:
    """GET /zeebe/jobs and PATCH /zeebe/jobs/{key} over one connection, through the lean client or httpx."""

    def __init__(self, url: str, client: str) -> None:
        self.url, self.client = url, client
        parsed = httpx.URL(url)
        self.raw = RawConnection(parsed.host, parsed.port or 80) if client == "raw" else None
        self.httpx = httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=1)) if client != "raw" else None

    async def __aenter__(self) -> Worker:
        if self.raw is not None:
            await self.raw.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.raw is not None:
            await self.raw.__aexit__(*exc)
        if self.httpx is not None:
            await self.httpx.aclose()

    async def activate(self, params: dict[str, Any]) -> list[int]:
        if self.raw is not None:
            query = "&".join(f"{k}={v}" for k, v in params.items())
            status, body = await self.raw.request("GET", f"/zeebe/jobs?{query}")
        else:
            assert self.httpx is not None
            r = await self.httpx.get(self.url + "/zeebe/jobs", params=params)
            status, body = r.status_code, r.content
        assert status == 200, body
        return [job["key"] for job in orjson.loads(body)["data"]["jobs"]]

    async def complete(self, key: int, variables: dict[str, Any] | None = None) -> None:
        body = orjson.dumps({"status": "completed", **({"variables": variables} if variables else {})})
        if self.raw is not None:
            status, text = await self.raw.request("PATCH", f"/zeebe/jobs/{key}", body)
        else:
            assert self.httpx is not None
            r = await self.httpx.patch(f"{self.url}/zeebe/jobs/{key}", content=body,
                                       headers={"Content-Type": "application/json"})
            status, text = r.status_code, r.content
        assert status == 204, text
