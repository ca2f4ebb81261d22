"""Benchmark: Camunda 7 GET /engine-rest/job throughput against two peers serving the same 25 items.

One run loads N jobs (default 1,000,000) into a fresh SQLite store and takes the 25-item answer of an 8-filter
query. Then, per round, each server is started pinned to CPU 0 and driven for `--seconds` by wrk (`-t1 -c64`,
pinned to CPU 1; a built-in asyncio load generator when wrk is missing, which is slower, so ratios stay
comparable but absolute figures do not):
- jobgate (the fast path on, the default), jobgate with JOBGATE_FAST_PATH=false (the Connexion path, "before"),
  and jobgate with authentication on (HTTP Basic, verified-credentials cache);
- the Prism mock (@stoplight/prism-cli, installed with npm into a scratch folder) serving camunda7.yaml with the
  same 25 items as the static example (skipped, with the reason, when npm or node is missing);
- a bare Starlette endpoint on the same uvicorn options, returning the same bytes.
Prints req/s and the ratios jobgate/Prism and jobgate/Starlette as min/median/max over the rounds (each ratio is
taken within one round), and writes bench-results/peers.json.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_http import run_client  # noqa: E402
from bench_list import load  # noqa: E402
from bench_server import free_port  # noqa: E402

from jobgate.auth import users  # noqa: E402
from jobgate.auth.passwords import hash_password  # noqa: E402
from jobgate.store.engine import Store  # noqa: E402

QUERY = ("processDefinitionKey=process-042&withRetriesLeft=true&active=true&priorityLowerThanOrEquals=100"
         "&sortBy=jobDueDate&sortOrder=asc&firstResult=0&maxResults=25")
PRISM_VERSION = "5.14.2"
USER, PASSWORD = "bench", "bench-password-1"
PIN = shutil.which("taskset") is not None and (os.cpu_count() or 1) >= 2


def _pinned(cpu: int, cmd: list[str]) -> list[str]:
    return ["taskset", "-c", str(cpu), *cmd] if PIN else cmd


def _wait(url: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args!r} exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise TimeoutError(url)


def _start(cmd: list[str], env: dict[str, str], probe: str, cwd: Path = ROOT) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(_pinned(0, cmd), cwd=cwd, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        _wait(probe, proc)
    except BaseException:
        proc.kill()
        raise
    return proc


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@contextlib.contextmanager
def serve_jobgate(url: str, env: dict[str, str]) -> Iterator[str]:
    """A `jobgate serve` process on the store, pinned like its peers; yields its base URL."""
    port = free_port()
    proc = _start([sys.executable, "-m", "jobgate.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                  {"JOBGATE_DATABASE_URL": url, "JOBGATE_LOG_LEVEL": "WARNING", **env},
                  f"http://127.0.0.1:{port}/health")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(proc)


def wrk(url: str, seconds: float, connections: int, headers: dict[str, str]) -> float:
    cmd = _pinned(1, ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "--latency", url])
    for name, value in headers.items():
        cmd[-1:-1] = ["-H", f"{name}: {value}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non2xx:
        raise RuntimeError(f"{url}: {non2xx.group(1)} answers were not 2xx")
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    assert match, out
    return float(match.group(1))


async def _pyload(url: str, seconds: float, connections: int, headers: dict[str, str]) -> float:
    """A keep-alive HTTP/1.1 load generator (used only without wrk): requests answered per second."""
    parsed = httpx.URL(url)
    head = f"GET {parsed.raw_path.decode()} HTTP/1.1\r\nHost: {parsed.host}\r\n"
    request = (head + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n").encode()
    done = 0
    stop = time.monotonic() + seconds

    async def one() -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection(parsed.host, parsed.port)
        while time.monotonic() < stop:
            writer.write(request)
            status_head = await reader.readuntil(b"\r\n\r\n")
            length = int(re.search(rb"(?i)content-length: (\d+)", status_head).group(1))  # type: ignore[union-attr]
            await reader.readexactly(length)
            done += 1
        writer.close()

    started = time.monotonic()
    await asyncio.gather(*(one() for _ in range(connections)))
    return done / (time.monotonic() - started)


def prism_bin(folder: Path) -> tuple[Path | None, str]:
    """The prism executable (installed with npm into `folder` when missing), or None and why not."""
    binary = folder / "node_modules" / ".bin" / "prism"
    if binary.exists():
        return binary, ""
    if shutil.which("npm") is None or shutil.which("node") is None:
        return None, "npm/node not found: the Prism row is skipped"
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(folder),
                           f"@stoplight/prism-cli@{PRISM_VERSION}"], capture_output=True, text=True)
    if done.returncode != 0 or not binary.exists():
        return None, f"npm could not install @stoplight/prism-cli: {done.stderr.strip()[-300:]}"
    return binary, ""


def prism_spec(items: list[Any], out: Path) -> None:
    """camunda7.yaml with the 25 items as GET /job's static 200 example, and no security requirement (Prism
    would answer 401 without credentials; jobgate runs with authentication off in the rows it is compared in)."""
    spec = yaml.safe_load((ROOT / "openapi" / "camunda7.yaml").read_text())
    spec.pop("security", None)
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                operation.pop("security", None)
    content = spec["paths"]["/job"]["get"]["responses"]["200"]["content"]["application/json"]
    content.pop("examples", None)
    content["example"] = items
    out.write_text(yaml.safe_dump(spec, sort_keys=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--reuse", action="store_true", help="keep an already loaded store")
    parser.add_argument("--prism-dir", type=Path, default=ROOT / "bench-results" / "prism",
                        help="scratch folder npm installs Prism into")
    args = parser.parse_args()
    results = ROOT / "bench-results"
    results.mkdir(exist_ok=True)
    db = results / "peers.db"
    url = f"sqlite:///{db}"
    if not (args.reuse and db.exists()):
        db.unlink(missing_ok=True)
        load(url, args.jobs)
    store = Store(url, pool_size=1, threads=1)
    with store.write() as conn:
        users.put_user(conn, name=USER, password_hash=hash_password(PASSWORD), roles=frozenset({"reader"}),
                       tenants=None, now=0)
    store.dispose()
    scratch = Path(tempfile.mkdtemp(prefix="jobgate-peers-"))
    generator = f"wrk -t1 -c{args.connections}" if shutil.which("wrk") else "python asyncio (wrk not found)"

    def drive(target: str, headers: dict[str, str] | None = None) -> float:
        if shutil.which("wrk"):
            return wrk(target, args.seconds, args.connections, headers or {})
        return run_client(_pyload(target, args.seconds, args.connections, headers or {}))

    def jobgate(env: dict[str, str], headers: dict[str, str] | None = None) -> Callable[[], float]:
        def run() -> float:
            with serve_jobgate(url, env) as base:
                target = f"{base}/engine-rest/job?{QUERY}"
                check = httpx.get(target, headers=headers, timeout=30)
                assert check.status_code == 200 and len(check.json()) == 25, check.text[:300]
                drive(target, headers)  # warm-up
                return drive(target, headers)
        return run

    with serve_jobgate(url, {}) as base:  # the 25 items, as jobgate answers them
        body = httpx.get(f"{base}/engine-rest/job?{QUERY}", timeout=30).content
    (scratch / "items.json").write_bytes(body)
    items = json.loads(body)
    assert len(items) == 25, body[:300]

    def starlette() -> float:
        port = free_port()
        proc = _start([sys.executable, "-m", "uvicorn", "bench_peer_app:app", "--host", "127.0.0.1", "--port",
                       str(port), "--http", "httptools", "--no-access-log", "--log-level", "warning"],
                      {"JOBGATE_PEER_BODY": str(scratch / "items.json")}, f"http://127.0.0.1:{port}/engine-rest/job",
                      cwd=ROOT / "scripts")
        try:
            target = f"http://127.0.0.1:{port}/engine-rest/job?{QUERY}"
            assert httpx.get(target).content == body
            drive(target)
            return drive(target)
        finally:
            _stop(proc)

    prism, why = prism_bin(args.prism_dir)
    targets: dict[str, Callable[[], float]] = {
        "jobgate": jobgate({}),
        "jobgate, fast path off": jobgate({"JOBGATE_FAST_PATH": "false"}),
        "jobgate, auth on": jobgate({"JOBGATE_AUTH": "on"}, {
            "Authorization": "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()}),
        "starlette": starlette,
    }
    if prism is not None:
        prism_spec(items, scratch / "prism.yaml")

        def run_prism() -> float:
            port = free_port()
            proc = _start([str(prism), "mock", str(scratch / "prism.yaml"), "-h", "127.0.0.1", "-p", str(port),
                           "--errors", "false", "-v", "error"], {}, f"http://127.0.0.1:{port}/job")
            try:  # Prism routes by the spec's paths alone (no base path)
                target = f"http://127.0.0.1:{port}/job?{QUERY}"
                answer = httpx.get(target)
                assert answer.status_code == 200 and answer.json() == items, answer.text[:300]
                drive(target)
                return drive(target)
            finally:
                _stop(proc)

        targets["prism"] = run_prism
    else:
        print(f"Prism: {why}", flush=True)
    rounds: list[dict[str, float]] = []
    names = list(targets)
    for run in range(args.runs):
        rates = {}
        for name in names[run % len(names):] + names[:run % len(names)]:  # each round starts one later
            rates[name] = targets[name]()
            print(f"run {run + 1} {name:24} {rates[name]:8.0f} req/s", flush=True)
        rounds.append(rates)
    report(rounds, args, generator, why)
    return 0


def _mmm(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def report(rounds: list[dict[str, float]], args: argparse.Namespace, generator: str, why: str) -> None:
    names = [n for n in ("jobgate", "jobgate, fast path off", "jobgate, auth on", "starlette", "prism")
             if n in rounds[0]]
    summary: dict[str, Any] = {name: _mmm([r[name] for r in rounds]) for name in names}
    ratios: dict[str, Any] = {}
    for peer in ("prism", "starlette", "jobgate, fast path off", "jobgate, auth on"):
        if peer in names:
            mine = "jobgate, auth on" if peer == "jobgate, auth on" else "jobgate"
            pairs = [(r[mine], r[peer]) for r in rounds]
            key = "auth on / off" if peer == "jobgate, auth on" else f"jobgate / {peer}"
            ratios[key] = _mmm([a / b for a, b in pairs] if peer != "jobgate, auth on" else
                               [r["jobgate, auth on"] / r["jobgate"] for r in rounds])
    load_avg = os.getloadavg()
    print(f"\nCamunda 7 GET /engine-rest/job (8 filters, 25 items), {args.jobs:,} jobs, SQLite; {generator}, "
          f"{args.seconds:g} s per server per round, {len(rounds)} rounds; servers pinned to CPU 0: {PIN}; "
          f"load average {load_avg[0]:.1f}")
    print(f"{'':26}{'min':>9}{'median':>9}{'max':>9}   req/s")
    for name in names:
        s = summary[name]
        print(f"{name:26}{s['min']:>9.0f}{s['median']:>9.0f}{s['max']:>9.0f}")
    if why:
        print(f"prism: {why}")
    print(f"{'ratio (within a round)':26}{'min':>9}{'median':>9}{'max':>9}")
    for name, s in ratios.items():
        print(f"{name:26}{s['min']:>9.2f}{s['median']:>9.2f}{s['max']:>9.2f}")
    out = ROOT / "bench-results" / "peers.json"
    out.write_text(json.dumps({"benchmark": "camunda7-list-peers", "query": QUERY, "jobs": args.jobs,
                               "generator": generator, "rounds": rounds, "summary": summary, "ratios": ratios,
                               "load_average": load_avg},
                              indent=2))


if __name__ == "__main__":
    raise SystemExit(main())
