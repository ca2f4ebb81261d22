"""Completing jobs, one or many at once: the job ends, its variables merge into the instance, the flow moves on.

A group-commit batch of completes (jobgate.store.group_commit, `submit_many`) runs here as a set: one statement
locks and reads every job with its instance, one ends them all, one reads the job definitions of their process
definitions, and the next jobs and the finished instances follow, whatever the number of jobs. One by one, a
complete cost about six statements; on PostgreSQL each is a round trip whose client and server CPU, not the
database's work, bounded the worker loop.

The result is the one running the completes one after another would give, because the jobs of one batch do not
interact: when the batch holds one job twice, two jobs of one instance, or any complete that would fail, it is not
run as a set (`Unbatchable`, or that complete's own error) and group commit runs each complete on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate import limits
from jobgate.store import fastsql, keys
from jobgate.store.errors import JobNotCommandable, JobNotFound
from jobgate.store.fastsql import from_json
from jobgate.store.jobs import new_job_row
from jobgate.store.tables import (
    CLAIMABLE_STATES,
    COMPLETED,
    IS_RUNTIME,
    JOB,
    JOB_DEFINITION,
    PROCESS_DEFINITION,
    PROCESS_INSTANCE,
)
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


_pi, _jd = PROCESS_INSTANCE, JOB_DEFINITION
_JOB_COLUMNS = (JOB.c.key, JOB.c.state, JOB.c.tenant_id, JOB.c.type, JOB.c.process_instance_key,
                JOB.c.process_definition_key, JOB.c.job_definition_id, _pi.c.tenant_id.label("instance_tenant"))


def _keys(n: int) -> list[Any]:
    return [sa.bindparam(f"k{i}", type_=sa.BigInteger()) for i in range(n)]


def _lock(n: int, with_variables: bool) -> sa.Select[Any]:
    """The jobs and their instances, the jobs locked in key order (PostgreSQL; SQLite holds the write lock)."""
    columns = (*_JOB_COLUMNS, _pi.c.variables) if with_variables else _JOB_COLUMNS
    return (sa.select(*columns).select_from(JOB.join(_pi, _pi.c.key == JOB.c.process_instance_key))
            .where(JOB.c.key.in_(_keys(n))).order_by(JOB.c.key).with_for_update(of=JOB))


def _end(n: int) -> sa.Update:
    return sa.update(JOB).where(JOB.c.key.in_(_keys(n))).values(state=COMPLETED, deadline=None)


def _tasks(n: int) -> sa.Select[Any]:
    return sa.select(_jd).where(_jd.c.process_definition_key.in_(_keys(n)))


def _definitions(n: int) -> sa.Select[Any]:
    return sa.select(PROCESS_DEFINITION).where(PROCESS_DEFINITION.c.key.in_(_keys(n)))


_SET_VARIABLES = sa.update(_pi).where(_pi.c.key == sa.bindparam("f_key")).values(
    variables=sa.bindparam("f_variables", type_=_pi.c.variables.type))
# The instance is done when the completed job was its last runtime job (within this transaction).
_INSTANCE_DONE = sa.update(_pi).where(
    _pi.c.key == sa.bindparam("f_key"), _pi.c.state == "active",
    ~sa.exists().where(JOB.c.process_instance_key == _pi.c.key, IS_RUNTIME),
).values(state="completed", end_time=sa.bindparam("f_now"))
_INSERT_JOB = sa.insert(JOB)
# The task after a job's own, when its job definition is not among its process definition's (never in a store
# that jobgate wrote; the one-by-one query of before, for exactly its answer).
_FOLLOWING = (
    sa.select(_jd).where(
        _jd.c.process_definition_key == sa.bindparam("f_definition"),
        _jd.c.position > sa.select(_jd.c.position).where(_jd.c.id == sa.bindparam("f_task")).scalar_subquery(),
    ).order_by(_jd.c.position).limit(1)
)


def _padded(values: Sequence[int]) -> tuple[int, dict[str, int]]:
    """An IN list's size rounded up to a power of two (few statement shapes), the last value repeated."""
    size = 1 << (len(values) - 1).bit_length()
    return size, {f"k{i}": values[min(i, len(values) - 1)] for i in range(size)}


def _in_list(conn: Connection, name: str, build: Callable[[int], Any], values: Sequence[int],
             extra: Hashable = None) -> Sequence[Any]:
    size, params = _padded(values)
    return fastsql.execute(conn, ("completion", name, size, extra), lambda: build(size), params)


def complete(conn: Connection, *, key: int, variables: dict[str, Any] | None, now: int,
             tenants: frozenset[str] | None = None, max_variables_bytes: int | None = None) -> Wake:
    """Complete one job (its own error when it cannot be: JobNotFound, JobNotCommandable, a 400 for the limit)."""
    return complete_many(conn, [Completion(key, variables, now, tenants, max_variables_bytes)])[0]


def complete_many(conn: Connection, items: Sequence[Completion]) -> list[Wake]:
    """Complete the jobs of `items` in the caller's transaction; their Wakes, in order (see the module)."""
    if len({item.key for item in items}) != len(items):
        raise Unbatchable("a job is completed twice")
    if conn.dialect.name == "postgresql":
        from jobgate.store import completion_pg  # it builds on this module

        return completion_pg.complete_many(conn, items)
    keys_ = [item.key for item in items]
    with_variables = any(item.variables for item in items)
    rows = {row.key: row for row in _in_list(conn, "lock", lambda n: _lock(n, with_variables), keys_,
                                             with_variables)}
    alone = len(items) == 1
    jobs = [commandable(visible(rows.get(item.key), item, alone), item, alone) for item in items]
    if len({job.process_instance_key for job in jobs}) != len(jobs):
        raise Unbatchable("two jobs of one instance")
    variables = [merged(job, item, alone) for job, item in zip(jobs, items, strict=True)]
    _in_list(conn, "end", _end, keys_)
    set_variables(conn, jobs, variables)
    following = _following(conn, jobs)
    steps = [job.process_definition_key for job, task in zip(jobs, following, strict=True) if task is not None]
    definitions = {row.key: row for row in _in_list(conn, "definitions", _definitions, sorted(set(steps)))
                   } if steps else {}
    start_next(conn, jobs, items, following, [definitions.get(job.process_definition_key) for job in jobs])
    done = [{"f_key": job.process_instance_key, "f_now": item.now}
            for job, item, task in zip(jobs, items, following, strict=True) if task is None]
    fastsql.execute_many(conn, ("completion", "instance_done"), lambda: _INSTANCE_DONE, done)
    return wakes(jobs, following)


def visible(job: Any, item: Completion, alone: bool) -> Any:
    """The job's row, unless missing or of a tenant outside the complete's (its error alone, else Unbatchable)."""
    if job is None or (item.tenants is not None and job.tenant_id is not None and job.tenant_id not in item.tenants):
        if alone:
            raise JobNotFound(item.key)  # existence is not revealed
        raise Unbatchable("a job is not found")
    return job


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


def _following(conn: Connection, jobs: Sequence[Any]) -> list[Any]:
    """Each job's next task: the job definition of its process definition at the next position (None: the last)."""
    tasks: dict[int, list[Any]] = {}
    for task in _in_list(conn, "tasks", _tasks, sorted({job.process_definition_key for job in jobs})):
        tasks.setdefault(task.process_definition_key, []).append(task)
    result = []
    for job in jobs:
        siblings = tasks.get(job.process_definition_key, [])
        own = next((task for task in siblings if task.id == job.job_definition_id), None)
        if own is None:
            rows = fastsql.execute(conn, ("completion", "following"), lambda: _FOLLOWING,
                                   {"f_definition": job.process_definition_key, "f_task": job.job_definition_id})
            result.append(rows[0] if rows else None)
            continue
        later = [task for task in siblings if task.position > own.position]
        result.append(min(later, key=lambda task: task.position) if later else None)
    return result


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
