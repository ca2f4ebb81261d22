"""scripts/bench, memory phase: one server process holding N waiting long polls.

N raw asyncio connections (one client process, fd limit raised) each send one GET /zeebe/jobs with a long
requestTimeout for a type that never gets jobs. Once the server's gauge says all N are parked, the server's
VmRSS is read from /proc and GET /health is timed on a separate connection. Then every connection is closed
and the time until the server has dropped all N waiters is measured (disconnect detection at scale).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
from bench_server import Server, percentile, waiters

HEALTH_SAMPLES = 100


async def _health_latencies(url: str) -> list[float]:
    async with httpx.AsyncClient(timeout=30) as c:
        await c.get(url + "/health")  # connect outside the timing
        samples = []
        for _ in range(HEALTH_SAMPLES):
            start = time.perf_counter()
            r = await c.get(url + "/health")
            samples.append((time.perf_counter() - start) * 1000)
            assert r.status_code == 200, r.text
        return samples


async def _until(c: httpx.AsyncClient, url: str, want: int, deadline: float) -> int:
    have = await waiters(c, url)
    while have != want and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
        have = await waiters(c, url)
    return have


async def hold_long_polls(s: Server, n: int, type_: str, *, batch: int = 200, budget_s: float = 240) -> dict[str, Any]:
    """Park n long polls on the server, measure RSS and /health, then disconnect them all.

    They are opened `batch` at a time, below JOBGATE_MAX_CONCURRENT_REQUESTS (256): a request counts against that
    cap until it parks, so a larger burst gets 503s (as it should) and parks fewer than n."""
    deadline = time.monotonic() + budget_s
    health_idle = await _health_latencies(s.url)
    rss_idle = s.rss_mb()
    request = (f"GET /zeebe/jobs?type={type_}&worker=idle&requestTimeout=3600000 HTTP/1.1\r\n"
               f"Host: 127.0.0.1\r\n\r\n").encode()
    conns: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
    started = time.monotonic()
    async with httpx.AsyncClient(timeout=30) as c:
        try:
            while len(conns) < n and time.monotonic() < deadline:
                opened = await asyncio.gather(*(asyncio.open_connection("127.0.0.1", s.port)
                                                for _ in range(min(batch, n - len(conns)))))
                for reader, writer in opened:
                    writer.write(request)
                    conns.append((reader, writer))
                await asyncio.gather(*(w.drain() for _, w in opened))
                await _until(c, s.url, len(conns), deadline)  # let the server park this batch first
            parked = await waiters(c, s.url)
            park_s = time.monotonic() - started
            rss_held = s.rss_mb()
            health_held = await _health_latencies(s.url)
            answered = sum(1 for reader, _ in conns if reader.at_eof() or len(getattr(reader, "_buffer", b"")))
        finally:
            closing = time.monotonic()
            for _, writer in conns:
                writer.close()
        left = await _until(c, s.url, 0, time.monotonic() + 60)
        drop_s = time.monotonic() - closing
    return {
        "long_polls": n, "parked": parked, "answered_early": answered, "park_s": round(park_s, 2),
        "rss_idle_mb": round(rss_idle, 1), "rss_held_mb": round(rss_held, 1),
        "rss_per_poll_kb": round((rss_held - rss_idle) * 1024 / max(1, parked), 1),
        "health_idle_p50_ms": round(percentile(health_idle, 50), 2),
        "health_held_p50_ms": round(percentile(health_held, 50), 2),
        "health_held_p99_ms": round(percentile(health_held, 99), 2),
        "health_held_max_ms": round(max(health_held), 2),
        "dropped_after_close_s": round(drop_s, 2), "waiters_left": left,
    }
