"""SQLite locked by another process (BEGIN EXCLUSIVE held by a real second process): writes answer 503 with the
fixed text within the busy timeout, nothing is written, each 503 is logged once with its request id, reads and
readiness keep working (WAL), and writes work again once the lock is gone. The durability default is checked too."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jobgate.store.engine import Store
from jobgate.store.guard import StoreTimeouts
from tests.conftest import sqlite_url
from tests.faults.conftest import running_app

BUSY_S = 1.0
LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin
conn.execute("ROLLBACK")
"""
DEFINITION = {"bpmnProcessId": "locked", "tasks": [{"elementId": "t", "type": "locked-work"}]}


async def test_locked_sqlite_answers_503_within_the_busy_timeout(tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    url = sqlite_url(tmp_path)
    async with running_app(database_url=url, sqlite_busy_timeout=BUSY_S) as (_app, c):
        assert (await c.post("/admin/process-definitions", json=DEFINITION)).status_code == 201
        started = await c.post("/admin/process-instances", json={"bpmnProcessId": "locked"})
        job = started.json()["jobs"][0]["key"]
        locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(tmp_path / "jobgate.db")],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        try:
            assert locker.stdout is not None and locker.stdout.readline().strip() == b"locked"
            t0 = time.monotonic()
            # Five writers at once: they queue on the process's write lock, and the wait counts for each.
            answers = await asyncio.gather(
                *(c.post("/admin/process-instances", json={"bpmnProcessId": "locked"}) for _ in range(3)),
                c.patch(f"/zeebe/jobs/{job}", json={"status": "completed"}),
                c.get("/zeebe/jobs", params={"type": "locked-work", "requestTimeout": -1}),
            )
            took = time.monotonic() - t0
            assert [a.status_code for a in answers] == [503] * 5
            assert answers[0].json()["detail"] == "The store is unavailable."
            assert answers[3].json() == {"data": None, "error": "The store is unavailable."}
            assert took < BUSY_S + 1.0, took  # not 5 x the busy timeout
            ids = {a.headers["x-request-id"] for a in answers}
            r = await c.get("/engine-rest/job/count", headers={"X-Request-ID": "mine-1"})  # reads go on (WAL)
            assert r.status_code == 200 and r.json() == {"count": 1} and r.headers["x-request-id"] == "mine-1"
            assert (await c.get("/health/ready")).status_code == 200
        finally:
            assert locker.stdin is not None
            locker.stdin.close()
            locker.wait(10)
        r = await c.patch(f"/zeebe/jobs/{job}", json={"status": "completed"})
        assert r.status_code == 204
        assert (await c.post("/admin/process-instances", json={"bpmnProcessId": "locked"})).status_code == 201
    lines = [r.getMessage() for r in caplog.records if r.name == "jobgate.admission"]
    for request_id in ids:
        mine = [m for m in lines if f"[request {request_id}]" in m]
        assert len(mine) == 1 and "-> 503" in mine[0] and "StoreUnavailable" in mine[0], lines


@pytest.mark.parametrize(("mode", "pragma"), [("full", 2), ("normal", 1)])
def test_sqlite_synchronous_is_full_unless_normal_is_chosen(tmp_path: Path, mode: str, pragma: int) -> None:
    store = Store(sqlite_url(tmp_path), timeouts=StoreTimeouts(synchronous=mode))  # type: ignore[arg-type]
    try:
        with store.read() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == pragma
    finally:
        store.dispose()
    assert StoreTimeouts().synchronous == "full"
