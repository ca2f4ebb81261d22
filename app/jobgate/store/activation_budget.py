"""Activation within a response byte budget (JOBGATE_MAX_ACTIVATION_BYTES), as Zeebe's JobBatchCollector does.

Jobs are leased as usual (jobgate.store.activation; a claim brings back the variables of small instances, at most
INLINE_VARIABLES_CHARS in all), then encoded one by one in key order, loading the other variables a few instances
at a time, so memory stays near the budget instead of maxJobsToActivate x the variables limit.
The first job that does not fit ends the batch: it and every later one are given back in the same transaction
(activatable, no lease), so no lease outlives the call. A job that alone is larger than the budget, or cannot be
encoded at all, can never be handed out: it fails with an incident (retries 0, state failed, Zeebe's message), so
it never blocks its type again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate import limits
from jobgate.store.activation import ActivatedJob, Budget, Claimed, activated, claim_rows, rows_variables
from jobgate.store.tables import ACTIVATABLE, FAILED, JOB, PROCESS_INSTANCE

VARIABLE_CHUNK = 16  # instances whose variables are loaded at once
MAX_ROUNDS = 8  # claims per call when every claimed job became an incident

_RELEASE = sa.update(JOB).where(JOB.c.key.in_(sa.bindparam("r_keys", expanding=True))).values(
    state=ACTIVATABLE, worker=None, deadline=None)


def too_big_message(key: int, size: int) -> str:
    """Zeebe's incident message for a job larger than the message size (JobBatchCollector)."""
    return (f"The job with key '{key}' can not be activated, because with {limits.pretty_bytes(size)} it is larger "
            "than the configured message size (per default is 4 MB). Try to reduce the size by reducing the number "
            "of fetched variables or modifying the variable values.")


def claim_within(conn: Connection, *, type: str, worker: str, max_jobs: int, timeout_ms: int, now: int,
                 budget: Budget, fetch_variables: Sequence[str] | None = None,
                 tenants: frozenset[str] | None = None) -> Claimed:
    """Claim up to max_jobs jobs whose encoded response fits the budget; the rest stay (or become) claimable."""
    wanted = set(fetch_variables) if fetch_variables else None
    incidents = 0
    expired: set[int] = set()
    for _ in range(MAX_ROUNDS):
        rows, deadline = claim_rows(conn, type=type, worker=worker, max_jobs=max_jobs, timeout_ms=timeout_ms,
                                    now=now, tenants=tenants, expired=expired)
        if not rows:
            return Claimed([], incidents=incidents)
        jobs, rest, hopeless = _fit(conn, rows, worker, deadline, wanted, budget)
        if rest:
            conn.execute(_RELEASE, {"r_keys": rest})
        for row, message in hopeless:
            _incident(conn, row, message)
        incidents += len(hopeless)
        if jobs or rest or not hopeless:
            timed_out = sum(1 for j in jobs if j.key in expired) if expired else 0
            return Claimed(jobs, truncated=bool(rest), incidents=incidents, timed_out=timed_out)
    return Claimed([], truncated=True, incidents=incidents)  # more may wait behind the incidents: ask again


def _fit(conn: Connection, rows: list[Any], worker: str, deadline: int, wanted: set[str] | None,
         budget: Budget) -> tuple[list[ActivatedJob], list[int], list[tuple[Any, str]]]:
    """(jobs that fit, with their encoding; keys to give back; rows that can never be handed out, with why)."""
    used = budget.overhead
    kept: list[ActivatedJob] = []
    rest: list[int] = []
    hopeless: list[tuple[Any, str]] = []
    for start in range(0, len(rows), VARIABLE_CHUNK):
        chunk = rows[start:start + VARIABLE_CHUNK]
        if rest:
            rest.extend(r.key for r in chunk)
            continue
        variables = rows_variables(conn, chunk)
        for r in chunk:
            if rest:
                rest.append(r.key)
                continue
            try:
                job = activated(r, worker, deadline, variables, wanted, budget.encode)
            except ValueError as exc:
                hopeless.append((r, f"The job with key '{r.key}' can not be activated, because {exc}."))
                continue
            data = job.encoded or b""
            if budget.overhead + len(data) > budget.max_bytes:
                hopeless.append((r, too_big_message(r.key, len(data))))
                continue
            extra = len(data) + (1 if kept else 0)  # the comma between jobs
            if used + extra > budget.max_bytes:
                rest.append(r.key)
                continue
            used += extra
            kept.append(job)
    return kept, rest, hopeless


def _incident(conn: Connection, row: Any, message: str) -> None:
    limits.log.warning("JOBGATE_MAX_ACTIVATION_BYTES: job %s of type %r cannot be activated; it is failed with an "
                       "incident", row.key, row.type)
    conn.execute(sa.update(JOB).where(JOB.c.key == row.key).values(
        state=FAILED, retries=0, worker=None, deadline=None, exception_message=message, exception_trace=message,
        failed_activity_id=row.element_id,
    ))
    conn.execute(sa.update(PROCESS_INSTANCE).where(PROCESS_INSTANCE.c.key == row.process_instance_key)
                 .values(state="incident"))
