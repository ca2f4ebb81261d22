"""Helpers for the CLI tests: the real CLI in a subprocess, JSON-lines files, and counts read from the store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from jobgate.store.tables import JOB, LOAD_PROGRESS, PROCESS_INSTANCE


def clean_env(**extra: str) -> dict[str, str]:
    """The test process's environment without JOBGATE_* settings (so only what a test sets counts)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBGATE_")}
    env.update(COLUMNS="200", **extra)
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "jobgate.cli", *args]


def run_cli(*args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m jobgate.cli ARGS` in a real process (what reaches its stderr is what a user sees)."""
    return subprocess.run(cli_command(*args), capture_output=True, text=True, timeout=timeout, env=clean_env(**env))


def write_jsonl(path: Path, lines: list[dict[str, Any] | str]) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


def definition(bpmn_process_id: str, job_type: str) -> dict[str, Any]:
    return {"bpmnProcessId": bpmn_process_id, "tasks": [{"elementId": "task", "type": job_type}]}


def instances(bpmn_process_id: str, n: int, prefix: str = "BK") -> list[dict[str, Any]]:
    return [{"bpmnProcessId": bpmn_process_id, "businessKey": f"{prefix}-{i:06d}", "variables": {"i": i}}
            for i in range(n)]


def scalar(url: str, query: Any) -> Any:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(query).scalar()
    finally:
        engine.dispose()


def business_keys(url: str, bpmn_process_id: str) -> list[str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.select(PROCESS_INSTANCE.c.business_key)
                                .where(PROCESS_INSTANCE.c.bpmn_process_id == bpmn_process_id)).scalars().all()
            return [str(r) for r in rows]
    finally:
        engine.dispose()


def jobs_of(url: str, bpmn_process_id: str) -> int:
    return int(scalar(url, sa.select(sa.func.count()).select_from(JOB).where(JOB.c.bpmn_process_id == bpmn_process_id)))


def lines_done(url: str) -> int:
    """The most lines any load of this store has committed (0 before the first batch)."""
    try:
        return int(scalar(url, sa.select(sa.func.max(LOAD_PROGRESS.c.lines_done))) or 0)
    except sa.exc.OperationalError:  # SQLite: the table does not exist yet, or the file is locked for a moment
        return 0
    except sa.exc.ProgrammingError:  # PostgreSQL: the table does not exist yet
        return 0
