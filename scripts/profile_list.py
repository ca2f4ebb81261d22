"""Where the CPU of one Camunda 7 list request goes, with the fast path off (before) and on (after).

The app is called in-process (no socket, no uvicorn) on a SQLite store of `--jobs` jobs with the query of
scripts/bench_peers.py; cProfile's own time of each function is summed into parts by the file it is in, per
request, for the event-loop thread (the store's SQL runs in a worker thread: its share shows as `store`
only for the hand-off). Also prints the CPU time per request of each mode (process time: all threads).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_list import load  # noqa: E402
from bench_peers import QUERY  # noqa: E402

from jobgate.main import create_app, services_of  # noqa: E402
from jobgate.settings import Settings  # noqa: E402

# (part, substrings of a file path), first match wins
PARTS = (
    ("jobgate fast path (fastpath.py, fastrules.py)", ("api/fastpath.py", "api/fastrules.py")),
    ("jobgate validators (validation.py) + jsonschema", ("api/validation.py", "jsonschema")),
    ("handler: query building (camunda7*.py params/lists)", ("api/camunda7.py", "camunda7_params", "camunda7_lists",
                                                             "api/common.py", "runtime.py")),
    ("handler: JobDto formatting (camunda7_format.py)", ("camunda7_format",)),
    ("store hand-off and SQL (jobgate/store, anyio, threads)", ("jobgate/store", "anyio", "threading", "sqlalchemy",
                                                                "concurrent")),
    ("jobgate middleware (admission, services, auth, metrics)", ("jobgate/admission", "jobgate/middleware",
                                                                 "jobgate/auth", "jobgate/metrics", "prometheus",
                                                                 "jobgate/reqctx")),
    ("Connexion (routing, validation, decorators, context)", ("connexion", "werkzeug", "inflection")),
    ("Starlette (routing, datastructures, responses)", ("starlette",)),
    ("query-string parsing (urllib)", ("urllib",)),
    ("JSON encoding (orjson)", ("orjson",)),
    ("event loop (asyncio)", ("asyncio", "selectors", "select.epoll")),
)


DEBUG = bool(__import__('os').environ.get('PROFILE_DEBUG'))


def _part(filename: str, name: str) -> str:
    where = f"{filename}:{name}"
    for part, needles in PARTS:
        if any(n in where for n in needles):
            return part
    return "other (builtins, dict/str work)"


# (label, method, path, query, body, status): requests whose CPU cost is printed besides the profiled list request
OTHERS = (
    ("Zeebe GET /zeebe/jobs, nothing to activate, answered at once", "GET", "/zeebe/jobs",
     "type=none&maxJobsToActivate=32&worker=w&requestTimeout=-1", b"", 200),
    ("Zeebe PATCH /zeebe/jobs/{key} completed, unknown key (404)", "PATCH", "/zeebe/jobs/12345", "",
     b'{"status": "completed", "variables": {"a": 1}}', 404),
)


async def _measure(url: str, fast: bool, requests: int, profile: bool, method: str = "GET",
                   path: str = "/engine-rest/job", query: str = QUERY, body: bytes = b"",
                   expected: int = 200) -> tuple[float, dict[str, float]]:
    app = create_app(Settings(database_url=url, fast_path=fast))
    services = services_of(app)
    await services.start()
    headers = [(b"host", b"bench"), (b"accept", b"*/*")]
    if body:
        headers += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": query.encode(),
             "headers": headers, "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    status: list[int] = []

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    async def call() -> None:
        await app(dict(scope), receive, send)

    try:
        for _ in range(200):
            await call()
        assert set(status) == {expected}, status
        cpu = []
        for _ in range(3):
            started = time.process_time()
            for _ in range(requests):
                await call()
            cpu.append((time.process_time() - started) / requests * 1e6)
        parts: dict[str, float] = {}
        others: list[tuple[float, str, str]] = []
        if profile:
            profiler = cProfile.Profile(time.thread_time)  # CPU of this thread, not waits
            profiler.enable()
            for _ in range(requests):
                await call()
            profiler.disable()
            stats: Any = pstats.Stats(profiler).stats
            for (filename, _line, name), (_cc, _nc, tottime, _ct, _callers) in stats.items():
                part = _part(filename, name)
                parts[part] = parts.get(part, 0.0) + tottime / requests * 1e6
                if DEBUG and part.startswith("other"):
                    others.append((tottime / requests * 1e6, filename, name))
            for item in sorted(others, reverse=True)[:25]:
                print(f"{item[0]:8.1f} {item[1]}:{item[2]}", file=sys.stderr)
        return statistics.median(cpu), parts
    finally:
        await services.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=1000)
    args = parser.parse_args()
    db = ROOT / "bench-results" / "profile.db"
    db.parent.mkdir(exist_ok=True)
    db.unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    load(url, args.jobs)
    results = {}
    for fast in (False, True):
        results[fast] = asyncio.run(_measure(url, fast, args.requests, profile=True))
    print(f"Camunda 7 GET /engine-rest/job ({QUERY}), {args.jobs:,} jobs, in-process, {args.requests} requests")
    print(f"CPU per request (process time, all threads, median of 3): before {results[False][0]:.0f} us, "
          f"after {results[True][0]:.0f} us")
    for label, method, path, query, body, expected in OTHERS:
        cpu = [asyncio.run(_measure(url, fast, args.requests, False, method, path, query, body, expected))[0]
               for fast in (False, True)]
        print(f"{label}: before {cpu[0]:.0f} us, after {cpu[1]:.0f} us")
    before, after = results[False], results[True]
    total_before, total_after = sum(before[1].values()), sum(after[1].values())
    print("\nshare of the event-loop thread's profiled time, and that share of the CPU per request (us); cProfile")
    print("adds a cost per call, so parts made of many small calls (dicts, formatting) read high")
    print(f"{'part':58}{'before %':>9}{'us':>6}{'after %':>9}{'us':>6}")
    parts = sorted({*before[1], *after[1]}, key=lambda p: -before[1].get(p, 0.0))
    for part in parts:
        b, a = before[1].get(part, 0.0) / total_before, after[1].get(part, 0.0) / total_after
        print(f"{part:58}{b * 100:>8.1f}%{b * before[0]:>6.0f}{a * 100:>8.1f}%{a * after[0]:>6.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
