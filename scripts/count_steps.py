"""Python bytecodes and calls per hot request, counted: a measure of the event loop's per-request work that the
host's speed does not change (docs/performance.md, eighth session).

The app runs in-process (no socket, no uvicorn) on a SQLite file; `PATCH /zeebe/jobs/{key}` completes go through
the whole ASGI stack with the store's group-commit call replaced by one that answers at once, so only the
request's own Python is counted. `sys.settrace` with opcode events counts every bytecode executed, by function.

    python scripts/count_steps.py [--requests N] [--top K]
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path
from types import FrameType
from typing import Any

import uvloop

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))

from jobgate.main import create_app, services_of  # noqa: E402
from jobgate.settings import Settings  # noqa: E402
from jobgate.store.wake import Wake  # noqa: E402

BODY = b'{"status":"completed"}'


def _scope() -> dict[str, Any]:
    path = "/zeebe/jobs/2251799813685249"
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "PATCH", "scheme": "http",
            "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
            "headers": [(b"host", b"127.0.0.1:8080"), (b"content-type", b"application/json"),
                        (b"content-length", str(len(BODY)).encode())],
            "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
            "jobgate.body_received": True}  # as jobgate's protocol marks a body that arrived whole


async def count(requests: int) -> tuple[collections.Counter[str], int]:
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Settings(database_url=f"sqlite:///{tmp}/steps.db"))
        services = services_of(app)
        await services.start()

        async def answered(*_args: Any, **_kwargs: Any) -> Wake:
            return Wake(events=(("completed", "bench"),))

        services.store.committed_many = answered  # type: ignore[method-assign]
        statuses: list[int] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": BODY, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                statuses.append(message["status"])

        template = _scope()
        try:
            for _ in range(50):  # warm: caches, first-use setup
                await app(dict(template), receive, send)
            steps: collections.Counter[str] = collections.Counter()
            calls = 0

            def tracer(frame: FrameType, event: str, _arg: Any) -> Any:
                nonlocal calls
                frame.f_trace_opcodes = True
                if event == "call":
                    calls += 1
                elif event == "opcode":
                    where = frame.f_code.co_filename.split("site-packages/")[-1].split("/app/")[-1]
                    steps[f"{where}:{frame.f_code.co_qualname}"] += 1
                return tracer

            sys.settrace(tracer)
            try:
                for _ in range(requests):
                    await app(dict(template), receive, send)
            finally:
                sys.settrace(None)
        finally:
            await services.stop()
    if set(statuses) != {204}:
        raise SystemExit(f"unexpected statuses: {sorted(set(statuses))}")
    return steps, calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--top", type=int, default=25, help="functions listed, most bytecodes first")
    args = parser.parse_args()
    steps, calls = uvloop.run(count(args.requests))  # the server's event loop (jobgate serve)
    n = args.requests
    print(f"PATCH /zeebe/jobs/{{key}} (completed), in-process: {sum(steps.values()) / n:.0f} bytecodes and "
          f"{calls / n:.0f} Python calls per request")
    for where, total in steps.most_common(args.top):
        print(f"{total / n:8.0f}  {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
