"""`jobgate serve --workers 2` on one SQLite file, as a real server on 127.0.0.1.

Both worker processes take connections on the one port; a job created through one process wakes long polls parked
on the other (the probe is set to a minute, so only the cross-process wake-up can do it in time); and 8 workers
draining 1,000 jobs through the pair get each job exactly once.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import BACKENDS, backend_url

from .support import Server, Servers, db_rows, deploy, no_errors_logged
from .test_drain import drain

pytestmark = pytest.mark.slow
POLLS = 16
MAX_POLLS = 64


def worker_processes(server: Server) -> list[int]:
    """The spawned worker processes of a `jobgate serve --workers N` parent."""
    pid = server.proc.pid
    found = []
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        cmdline = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
        if b"spawn_main" in cmdline and b"resource_tracker" not in cmdline:
            found.append(int(child))
    return found


def established(pid: int, port: int) -> int:
    """TCP connections of process `pid` accepted on local `port` and open now (/proc/<pid>/fd, /proc/net/tcp)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink().name
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local_port = int(fields[1].split(":")[1], 16)
        if local_port == port and fields[3] == "01" and fields[9] in inodes:  # 01: ESTABLISHED
            count += 1
    return count


def start_two(servers: Servers, database_url: str | None = None) -> Server:
    return servers.start(cli=True, args=("--workers", "2"), env={"JOBGATE_PROBE_INTERVAL_MS": "60000"},
                         database_url=database_url)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_job_created_through_one_process_wakes_a_poll_parked_on_the_other(
        servers: Servers, backend: str, tmp_path: Path) -> None:
    with backend_url(backend, tmp_path) as url:
        server = start_two(servers, None if backend == "sqlite" else url)
        try:
            await cross_process_wake(server)
        finally:
            server.stop()  # before the PostgreSQL schema goes


async def cross_process_wake(server: Server) -> None:
    port = int(server.url.rsplit(":", 1)[1])
    assert len(worker_processes(server)) == 2
    bpmn = "cross"
    clients: list[httpx.AsyncClient] = []  # one connection each
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=1)) as creator:
        await deploy(creator, server.url, bpmn)

        async def poll(c: httpx.AsyncClient) -> list[int]:
            r = await c.get(server.url + "/zeebe/jobs", params={"type": bpmn, "maxJobsToActivate": 1,
                                                               "requestTimeout": 30_000})
            assert r.status_code == 200, r.text
            return [j["key"] for j in r.json()["data"]["jobs"]]

        try:
            tasks: list[asyncio.Task[list[int]]] = []
            per_process: dict[int, int] = {}
            all_accepted = False
            deadline = time.monotonic() + 30
            while True:  # until every connection is accepted and both processes hold some of them
                if len(tasks) < MAX_POLLS and (not tasks or all_accepted and min(per_process.values()) == 0):
                    more = [httpx.AsyncClient(timeout=60) for _ in range(POLLS if not tasks else 8)]
                    clients.extend(more)  # a busy process may leave every accept() to the other: open more
                    tasks.extend(asyncio.create_task(poll(c)) for c in more)
                    await asyncio.sleep(0.5)
                per_process = {pid: established(pid, port) for pid in worker_processes(server)}
                all_accepted = sum(per_process.values()) >= len(tasks) + 1
                if all_accepted and min(per_process.values()) >= 1:
                    break
                assert time.monotonic() < deadline, per_process
                await asyncio.sleep(0.1)
            # The creator's connection goes to one process; the other holds at least one poll.
            await asyncio.sleep(1.5)  # the polls found nothing and parked (no job of the type exists yet)
            assert all(not t.done() for t in tasks)
            body = {"instances": [{"bpmnProcessId": bpmn, "count": len(tasks)}]}
            started = time.monotonic()
            r = await creator.post(server.url + "/admin/load", json=body)  # every job made by ONE process
            assert r.status_code == 201, r.text
            got = await asyncio.wait_for(asyncio.gather(*tasks), 10)
            woke_s = time.monotonic() - started
        finally:
            for c in clients:
                await c.aclose()
    keys = [k for batch in got for k in batch]
    assert len(keys) == len(set(keys)) == len(clients)  # every parked poll got one job, none twice
    assert woke_s < 5, f"waiters on the other process waited {woke_s:.1f}s (the probe, not a wake-up)"
    no_errors_logged(server)


async def test_eight_workers_on_two_worker_processes_get_each_job_once(servers: Servers) -> None:
    server = start_two(servers)
    await drain([server.url], server.db)
    assert db_rows(server.db, "SELECT count(DISTINCT worker) FROM job WHERE type = 'drain'") == [(8,)]
    no_errors_logged(server)
