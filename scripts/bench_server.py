"""Helpers of scripts/bench: a real jobgate server process, its memory, its gauges, and small statistics."""

from __future__ import annotations

import contextlib
import os
import platform
import re
import resource
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent


def raise_fd_limit() -> int:
    """Lift this process's open-file limit to its hard limit (10,000 connections need 10,000 fds)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else 1_048_576
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_s(pid: int) -> float:
    """User + system CPU time of a process on this machine so far, in seconds (/proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    url: str
    port: int
    log: Path
    ready_s: float = 0.0  # from the start of the process to its first 200 on /health
    ready_cpu_s: float = 0.0  # the CPU time the process had used by then

    def cpu_s(self) -> float:
        """User + system CPU time of the server process so far (of the parent alone with --workers)."""
        return cpu_s(self.proc.pid)

    def rss_mb(self) -> float:
        """Resident memory of the server process (VmRSS), in MiB."""
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.M)
        assert match, status
        return int(match.group(1)) / 1024

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


def wait_healthy(proc: subprocess.Popen[bytes], url: str, log: Path | None = None, timeout_s: float = 60) -> None:
    """Return once GET `url`/health answers 200; RuntimeError if `proc` exits or `timeout_s` passes first (with the
    end of `log`, the server's output, when there is one)."""
    deadline = time.monotonic() + timeout_s
    while True:
        if proc.poll() is not None or time.monotonic() > deadline:
            tail = f":\n{log.read_text(errors='replace')[-3000:]}" if log is not None else ""
            raise RuntimeError(f"server at {url} did not start{tail}")
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return
        time.sleep(0.1)


@contextlib.contextmanager
def server(db: Path, log: Path, *, env: dict[str, str] | None = None, workers: int = 0) -> Iterator[Server]:
    """One `jobgate serve` process (uvicorn with uvloop + httptools and jobgate's guarded protocol) on `db`, with a
    raised fd limit; with `workers`, `jobgate serve --workers N` instead (N processes on one port)."""
    port = free_port()
    cmd = [sys.executable, "-m", "jobgate.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers:
        cmd += ["--workers", str(workers)]
    environment = {**os.environ, "JOBGATE_DATABASE_URL": f"sqlite:///{db}", "JOBGATE_LOG_LEVEL": "warning",
                   **(env or {})}
    started = time.perf_counter()
    with log.open("ab") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=environment, stdout=out, stderr=subprocess.STDOUT,
                                preexec_fn=raise_fd_limit)
    s = Server(proc, f"http://127.0.0.1:{port}", port, log)
    try:
        wait_healthy(proc, s.url, log)
        s.ready_s, s.ready_cpu_s = time.perf_counter() - started, s.cpu_s()
        yield s
    finally:
        s.stop()


async def waiters(client: httpx.AsyncClient, url: str) -> int:
    """Parked long polls of a server (its /metrics gauge)."""
    text = (await client.get(url + "/metrics")).text
    match = re.search(r"^jobgate_long_poll_waiters (\S+)$", text, re.M)
    return int(float(match.group(1))) if match else -1


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def min_median(values: Sequence[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def machine() -> dict[str, Any]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        match = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        cpu = match.group(1) if match else cpu
    mem = Path("/proc/meminfo").read_text().split("\n")[0] if Path("/proc/meminfo").exists() else ""
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory": " ".join(mem.split()[1:]), "python": sys.version.split()[0],
            "platform": platform.platform(), "loadavg_at_start": os.getloadavg()}
