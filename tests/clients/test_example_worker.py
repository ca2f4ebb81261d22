"""scripts/example-worker drains the demo `charge-card` jobs of a seeded store through a real server, and README.md
shows its code as it is."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import sqlalchemy as sa

from jobgate.seed import seed
from jobgate.settings import Settings
from jobgate.store.clock import now_ms
from jobgate.store.engine import Store
from jobgate.store.tables import JOB
from tests.servers import Server

from .support import ROOT


def claimable(store: Store, job_type: str) -> set[int]:
    """Keys of the jobs an activation of `job_type` could claim now (the claim rule of docs/design.md, written out)."""
    c, now = JOB.c, now_ms()
    with store.read() as conn:
        return set(conn.execute(sa.select(c.key).where(
            c.type == job_type, c.retries > 0, c.suspended.is_(False),
            sa.or_(c.due_date.is_(None), c.due_date <= now),
            sa.or_(c.state == "activatable", sa.and_(c.state == "activated", c.deadline <= now)),
        )).scalars())


def test_example_worker_drains_the_demo_jobs(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'jobgate.db'}"
    seed(Settings(database_url=url))
    store = Store(url, pool_size=1, threads=1)
    try:
        before = claimable(store, "charge-card")
        assert len(before) > 10
        with store.read() as conn:
            retries_before = dict(conn.execute(sa.select(JOB.c.key, JOB.c.retries).where(JOB.c.key.in_(before))).all())
        started = now_ms()
        server = Server(url)
        try:
            server.wait_ready()
            result = subprocess.run([str(ROOT / "scripts" / "example-worker"), "--url", server.url, "--poll-ms", "300"],
                                    capture_output=True, text=True, timeout=60)
        finally:
            server.stop()
        assert result.returncode == 0, result.stderr
        *lines, last = result.stdout.splitlines()
        assert last == "example-worker: no more charge-card jobs"
        outcomes = {int(m[1]): m[2] for m in (re.match(r"job (\d+): \{'status': '(\w+)'", line) for line in lines) if m}
        assert len(outcomes) == len(lines) and set(outcomes) == before
        assert set(outcomes.values()) == {"completed", "failed"}  # the demo has amounts over the card limit
        assert claimable(store, "charge-card") == set()
        with store.read() as conn:
            rows = conn.execute(sa.select(JOB.c.key, JOB.c.state, JOB.c.worker, JOB.c.exception_message,
                                          JOB.c.retries, JOB.c.due_date).where(JOB.c.key.in_(before))).all()
        assert {row.key for row in rows} == before
        failed_with_retries_left = 0
        for row in rows:
            if outcomes[row.key] == "completed":
                assert (row.state, row.worker, row.retries) == ("completed", "example-worker", retries_before[row.key])
                continue
            # failed with exactly one retry less: back in 30 s, or an incident when none are left
            assert row.retries == retries_before[row.key] - 1, (row, retries_before[row.key])
            assert row.exception_message.endswith("over the card limit")
            if row.retries > 0:
                failed_with_retries_left += 1
                assert row.state == "activatable" and started + 30_000 <= row.due_date <= now_ms() + 30_000
            else:
                assert row.state == "failed"
        assert failed_with_retries_left > 0  # the demo data has over-limit jobs with retries to spare
    finally:
        store.dispose()


def test_readme_shows_the_example_worker() -> None:
    source = (ROOT / "scripts" / "example_worker.py").read_text()
    worker = source.split("# README: begin\n")[1].split("# README: end\n")[0]
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Use the client\n")[1].split("\n## ")[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert worker in blocks
