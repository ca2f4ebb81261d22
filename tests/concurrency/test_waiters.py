"""Long polls on a real uvicorn: FIFO among waiters, dropped disconnected waiters, and SIGTERM.

The server's /metrics gauge of parked long polls tells when a waiter is parked (or dropped), so the tests
never guess with sleeps alone. Worker names show who got a job: a job handed to a disconnected waiter would
carry its name (and be stranded under its lease), which the checks below reject.
"""

from __future__ import annotations

import asyncio
import signal
import time

import httpx
import pytest

from .support import Servers, deploy, no_errors_logged, start_instance, until_waiters, waiters

# Real server processes: slow, but part of the default run (nothing deselects `slow`).
pytestmark = pytest.mark.slow
LONG_MS = 30_000  # waiters that were not served would hold far beyond every bound below


async def poll(client: httpx.AsyncClient, url: str, type_: str, worker: str) -> list[dict[str, object]]:
    r = await client.get(url + "/zeebe/jobs", params={"type": type_, "worker": worker, "requestTimeout": LONG_MS})
    assert r.status_code == 200, r.text
    return list(r.json()["data"]["jobs"])


async def park(client: httpx.AsyncClient, url: str, type_: str, worker: str, parked: int
               ) -> asyncio.Task[list[dict[str, object]]]:
    """Start a long poll and wait until the server counts it as the `parked`-th waiter."""
    task = asyncio.create_task(poll(client, url, type_, worker))
    await until_waiters(client, url, parked)
    return task


async def test_job_created_while_three_wait_goes_to_the_first(servers: Servers) -> None:
    """Three waiters parked in order; each job created goes to the earliest one still waiting, and only to it."""
    s = servers.start()
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=10)) as c:
        await deploy(c, s.url, "fifo")
        tasks = []
        for i in range(3):
            tasks.append(await park(c, s.url, "fifo", f"w{i}", i + 1))
            await asyncio.sleep(0.05)
        for i in range(3):
            key = await start_instance(c, s.url, "fifo")
            jobs = await asyncio.wait_for(tasks[i], 10)
            assert [(j["key"], j["worker"]) for j in jobs] == [(key, f"w{i}")]
            await asyncio.sleep(0.1)
            assert all(not t.done() for t in tasks[i + 1:])
    no_errors_logged(s)


async def raw_long_poll(port: int, type_: str, worker: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET /zeebe/jobs?type={type_}&worker={worker}&requestTimeout={LONG_MS} HTTP/1.1\r\n"
                 f"Host: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    return reader, writer


async def test_disconnected_waiter_is_dropped_and_loses_nothing(servers: Servers) -> None:
    """Waiter "dead" closes its connection (raw socket), another is cancelled mid-request (httpx): the server
    drops both (gauge back to 0). A job created next goes to the live waiter; one created with nobody waiting
    stays activatable for the next worker; the dead ones never appear as workers."""
    s = servers.start()
    port = int(s.url.rsplit(":", 1)[1])
    async with httpx.AsyncClient(timeout=60) as c, httpx.AsyncClient(timeout=60) as doomed:
        await deploy(c, s.url, "drop")
        reader, writer = await raw_long_poll(port, "drop", "dead")
        await until_waiters(c, s.url, 1)
        cancelled = await park(doomed, s.url, "drop", "cancelled", 2)
        writer.close()
        cancelled.cancel()
        await until_waiters(c, s.url, 0)  # both dropped as soon as the server saw them go
        live = await park(c, s.url, "drop", "live", 1)
        first = await start_instance(c, s.url, "drop")
        assert [(j["key"], j["worker"]) for j in await asyncio.wait_for(live, 10)] == [(first, "live")]
        second = await start_instance(c, s.url, "drop")
        await asyncio.sleep(0.3)  # several probe rounds: nobody may take it
        r = await c.get(s.url + "/zeebe/jobs", params={"type": "drop", "worker": "next", "requestTimeout": -1})
        assert [(j["key"], j["worker"]) for j in r.json()["data"]["jobs"]] == [(second, "next")]
        assert await waiters(c, s.url) == 0
    no_errors_logged(s)


async def test_sigterm_answers_waiters_at_once(servers: Servers) -> None:
    """`jobgate serve` gets SIGTERM while three long polls (30 s) wait: they answer 200 [] within seconds and the
    process exits cleanly (no error logged), instead of holding shutdown until the polls time out."""
    s = servers.start(cli=True)
    async with httpx.AsyncClient(timeout=60) as c:
        await deploy(c, s.url, "term")
        tasks = [await park(c, s.url, "term", f"w{i}", i + 1) for i in range(3)]
        signalled = time.monotonic()
        s.proc.send_signal(signal.SIGTERM)
        answers = await asyncio.wait_for(asyncio.gather(*tasks), 20)
        assert answers == [[], [], []]
        assert time.monotonic() - signalled < 10  # generous under CI load, yet far below the polls' 30 s
    # uvicorn re-raises the signal it caught once it has shut down gracefully, so the exit status is -SIGTERM
    assert s.proc.wait(20) in (0, -signal.SIGTERM)
    assert time.monotonic() - signalled < 25
    no_errors_logged(s)
