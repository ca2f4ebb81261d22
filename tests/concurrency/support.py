"""Real servers for the concurrency tests (uvicorn or `jobgate serve` subprocesses on 127.0.0.1) and helpers.

Each server gets a free port and logs to a file. Every wait here is bounded in time.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
READY_S = 60  # a loaded 2-core machine can take a while to import the app


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    url: str
    log: Path
    db: Path
    extra: dict[str, Any] = field(default_factory=dict)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self, timeout: float = 15) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        return self.proc.wait(10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def launch(db: Path, log: Path, *, cli: bool = False, env: dict[str, str] | None = None,
           factory: str = "jobgate.main:create_app", args: tuple[str, ...] = (), database_url: str | None = None
           ) -> Server:
    """Start a server on `db` and wait until GET /health answers 200 (uvicorn serves the app `factory` makes)."""
    port = free_port()
    url = database_url or f"sqlite:///{db}"
    if cli:
        cmd = [str(Path(sys.executable).parent / "jobgate"), "serve", "--host", "127.0.0.1", "--port", str(port),
               "--database-url", url, *args]
    else:
        cmd = [sys.executable, "-m", "uvicorn", "--factory", factory, "--host", "127.0.0.1",
               "--port", str(port), "--no-access-log", "--log-level", "warning"]
    environment = {**os.environ, "JOBGATE_DATABASE_URL": url, "JOBGATE_PROBE_INTERVAL_MS": "50",
                   "JOBGATE_LOG_LEVEL": "warning", **(env or {})}
    with log.open("ab") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=environment, stdout=out, stderr=subprocess.STDOUT)
    server = Server(proc, f"http://127.0.0.1:{port}", log, db)
    deadline = time.monotonic() + READY_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited with {proc.returncode}:\n{server.output()}")
        try:
            if httpx.get(server.url + "/health", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    server.stop()
    raise AssertionError(f"server not ready after {READY_S}s:\n{server.output()}")


class Servers:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.started: list[Server] = []

    def start(self, db: Path | None = None, **kwargs: Any) -> Server:
        log = self.directory / f"server{len(self.started)}.log"
        server = launch(db or self.directory / "jobgate.db", log, **kwargs)
        self.started.append(server)
        return server


# -- helpers over HTTP and the SQLite file --------------------------------------------------------------


async def deploy_and_load(client: httpx.AsyncClient, url: str, bpmn: str, count: int) -> None:
    body = {"definitions": [{"bpmnProcessId": bpmn, "tasks": [{"elementId": "task", "type": bpmn}]}],
            "instances": [{"bpmnProcessId": bpmn, "count": count}]}
    r = await client.post(url + "/admin/load", json=body, timeout=60)
    assert r.status_code == 201, r.text


async def start_instance(client: httpx.AsyncClient, url: str, bpmn: str) -> int:
    r = await client.post(url + "/admin/process-instances", json={"bpmnProcessId": bpmn})
    assert r.status_code == 201, r.text
    return int(r.json()["jobs"][0]["key"])


async def deploy(client: httpx.AsyncClient, url: str, bpmn: str) -> None:
    r = await client.post(url + "/admin/process-definitions",
                          json={"bpmnProcessId": bpmn, "tasks": [{"elementId": "task", "type": bpmn}]})
    assert r.status_code == 201, r.text


async def waiters(client: httpx.AsyncClient, url: str) -> int:
    """Parked long polls of the server, from its /metrics gauge."""
    text = (await client.get(url + "/metrics")).text
    match = re.search(r"^jobgate_long_poll_waiters (\S+)$", text, re.M)
    assert match, text
    return int(float(match.group(1)))


async def until_waiters(client: httpx.AsyncClient, url: str, count: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await waiters(client, url) == count:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"expected {count} waiters, have {await waiters(client, url)}")


def db_rows(db: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def no_errors_logged(server: Server) -> None:
    output = server.output()
    assert "Traceback" not in output and "Exception in ASGI" not in output, output
