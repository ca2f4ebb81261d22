"""A flood of idle connections against a server with few file descriptors (hard limit 200): the server keeps
answering /health, closes what it cannot serve, logs a few lines instead of one per failed accept, and serves
normally once the flood is gone."""

from __future__ import annotations

import contextlib
import resource
import socket
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import sqlite_url
from tests.faults.support import serving

pytestmark = pytest.mark.slow
FD_LIMIT = 200
FLOOD = 600


def _few_fds() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (FD_LIMIT, FD_LIMIT))


def test_fd_flood_keeps_health_answering_and_the_log_short(tmp_path: Path) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < FLOOD + 100:
        pytest.skip(f"the test process needs {FLOOD + 100} file descriptors (hard limit {hard})")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, FLOOD + 100), hard))
    env = {"JOBGATE_HEADER_TIMEOUT": "30", "JOBGATE_LOG_REPEAT_INTERVAL": "5"}
    with serving(sqlite_url(tmp_path), tmp_path / "server.log", env, preexec=_few_fds) as server:
        flood: list[socket.socket] = []
        try:
            for _ in range(FLOOD):
                with contextlib.suppress(OSError):
                    flood.append(socket.create_connection(("127.0.0.1", server.port), timeout=2))
            answered = []
            started = time.monotonic()
            while time.monotonic() - started < 20 and len(answered) < 3:
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{server.url}/health", timeout=2).status_code == 200:
                        answered.append(time.monotonic() - started)
                time.sleep(0.2)
            assert len(answered) == 3, "GET /health was not answered during the flood"
            assert server.proc.poll() is None
        finally:
            for sock in flood:
                sock.close()
        time.sleep(0.5)
        assert httpx.get(f"{server.url}/health/ready", timeout=5).status_code == 200
        assert httpx.get(f"{server.url}/engine-rest/job/count", timeout=5).status_code == 200
    lines = server.log_lines()
    assert len(lines) < 60, "\n".join(lines[:80])
