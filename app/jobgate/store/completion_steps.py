"""What a complete checks and writes, one complete or many: shared by the set of completes on each backend
(jobgate.store.completion, jobgate.store.completion_pg)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate import limits
from jobgate.store import fastsql, keys
from jobgate.store.errors import JobNotCommandable, JobNotFound
from jobgate.store.fastsql import from_json
from jobgate.store.jobs import new_job_row
from jobgate.store.tables import CLAIMABLE_STATES, JOB, PROCESS_INSTANCE
from jobgate.store.wake import Wake

COMMANDABLE = CLAIMABLE_STATES  # a job can be completed, failed or errored while activatable or activated


@dataclass(frozen=True, slots=True)
class Completion:
    """One complete: `tenants` None means no restriction (a job of another tenant is not found);
    `max_variables_bytes` caps the instance's merged variables as compact JSON (a 400 that changes nothing)."""

    key: int
    variables: dict[str, Any] | None
    now: int
    tenants: frozenset[str] | None = None
    max_variables_bytes: int | None = None


class Unbatchable(Exception):
    """The completes of a batch interact or one of them fails: run them one by one (their own answers)."""


_pi = PROCESS_INSTANCE
_SET_VARIABLES = sa.update(_pi).where(_pi.c.key == sa.bindparam("f_key")).values(
    variables=sa.bindparam("f_variables", type_=_pi.c.variables.type))
_INSERT_JOB = sa.insert(JOB)


def padded(count: int) -> int:
    """An IN (or VALUES) list's size: `count` rounded up to a power of two, so a set takes few statement shapes
    (each compiled once; prepared on PostgreSQL) and the padding repeats the last value."""
    return 1 << (count - 1).bit_length()


def visible(job: Any, item: Completion, alone: bool) -> Any:
    """The job's row, unless missing or of a tenant outside the complete's (its error alone, else Unbatchable)."""
    if job is None or (item.tenants is not None and job.tenant_id is not None and job.tenant_id not in item.tenants):
        if alone:
            raise JobNotFound(item.key)  # existence is not revealed
        raise Unbatchable("a job is not found")
    return job


def one_per_instance(jobs: Sequence[Any]) -> None:
    """Unbatchable when two of the jobs belong to one instance: its end depends on the order of their completes."""
    if len({job.process_instance_key for job in jobs}) != len(jobs):
        raise Unbatchable("two jobs of one instance")


def commandable(job: Any, item: Completion, alone: bool) -> Any:
    """The job's row, when its state lets it complete (its error alone, else Unbatchable)."""
    if job.state not in COMMANDABLE:
        if alone:
            raise JobNotCommandable(item.key, job.state, "complete")
        raise Unbatchable("a job cannot be completed")
    return job


def merged(job: Any, item: Completion, alone: bool) -> dict[str, Any] | None:
    """The instance's variables with the complete's merged in (None: the complete sets none)."""
    if not item.variables:
        return None
    merged = {**(from_json(job.variables) or {}), **item.variables}
    limit = item.max_variables_bytes
    if limit is not None:
        size = limits.json_size(merged)
        if size > limit:
            if not alone:
                raise Unbatchable("variables beyond the limit")
            raise limits.exceeded("JOBGATE_MAX_VARIABLES_BYTES", f"Cannot complete job with key {item.key}: the "
                                  f"process instance's variables would take {size} bytes as JSON, more than the "
                                  f"limit of {limit} bytes.")
    return merged


def set_variables(conn: Connection, jobs: Sequence[Any], variables: Sequence[dict[str, Any] | None]) -> None:
    updates = [{"f_key": job.process_instance_key, "f_variables": values}
               for job, values in zip(jobs, variables, strict=True) if values is not None]
    fastsql.execute_many(conn, ("completion", "set_variables"), lambda: _SET_VARIABLES, updates)


def start_next(conn: Connection, jobs: Sequence[Any], items: Sequence[Completion], following: Sequence[Any],
               definitions: Sequence[Any]) -> None:
    """The next task's job for each instance that has one, with keys allocated in the order of the completes."""
    steps = [step for step in zip(jobs, items, following, definitions, strict=True) if step[2] is not None]
    if not steps:
        return
    first = keys.allocate(conn, 2 * len(steps))
    rows = [new_job_row(definition, task, instance_key=job.process_instance_key, job_key=first + 2 * i,
                        element_instance_key=first + 2 * i + 1, now=item.now, tenant_id=job.instance_tenant)
            for i, (job, item, task, definition) in enumerate(steps)]
    fastsql.execute_many(conn, ("completion", "insert_job"), lambda: _INSERT_JOB, rows)


def wakes(jobs: Sequence[Any], following: Sequence[Any]) -> list[Wake]:
    """Each complete's Wake: its next task's type is claimable now, unless that task is suspended."""
    return [Wake(now=frozenset({task.type}) if task is not None and not task.suspended else frozenset(),
                 events=(("completed", job.type),)) for job, task in zip(jobs, following, strict=True)]
