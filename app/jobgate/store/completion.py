"""Completing jobs, one or many at once: the job ends, its variables merge into the instance, the flow moves on.

A group-commit batch of completes (jobgate.store.group_commit, `submit_many`) runs here as a set (on PostgreSQL
as one statement: jobgate.store.completion_pg): one statement ends every job that can complete and returns it
with its instance's tenant and whether a task follows its own; the checks run on those rows (a failed one raises
and the caller's transaction rolls back); when a task follows, one query reads the job definitions of their
process definitions; the next jobs and the finished instances follow, whatever the number of jobs. One by one, a
complete cost about six statements; on PostgreSQL each is a round trip whose client and server CPU, not the
database's work, bounded the worker loop, and on SQLite each step of a statement hands the GIL back and forth
with the busy event loop.

The result is the one running the completes one after another would give, because the jobs of one batch do not
interact: when the batch holds one job twice, two jobs of one instance, or any complete that would fail, it is not
run as a set (`Unbatchable`, or that complete's own error) and group commit runs each complete on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import completion_pg, fastsql
from jobgate.store.completion_alone import complete_alone as complete_alone  # re-exported: a batch as one statement
from jobgate.store.completion_steps import COMMANDABLE as COMMANDABLE  # re-exported: what a command may act on
from jobgate.store.completion_steps import Completion as Completion  # re-exported: the argument of complete_many
from jobgate.store.completion_steps import Unbatchable as Unbatchable  # re-exported: a set that must run one by one
from jobgate.store.completion_steps import (
    commandable,
    merged,
    one_per_instance,
    padded,
    set_variables,
    start_next,
    visible,
    wakes,
)
from jobgate.store.errors import JobNotFound
from jobgate.store.tables import COMPLETED, IS_RUNTIME, JOB, JOB_DEFINITION, PROCESS_DEFINITION, PROCESS_INSTANCE
from jobgate.store.wake import Wake

_pi, _jd = PROCESS_INSTANCE, JOB_DEFINITION
_JOB_COLUMNS = (JOB.c.key, JOB.c.state, JOB.c.tenant_id, JOB.c.type, JOB.c.process_instance_key,
                JOB.c.process_definition_key, JOB.c.job_definition_id, _pi.c.tenant_id.label("instance_tenant"))


def _keys(n: int) -> list[Any]:
    return [sa.bindparam(f"k{i}", type_=sa.BigInteger()) for i in range(n)]


def _read(n: int, with_variables: bool) -> sa.Select[Any]:
    """The jobs and their instances (SQLite, whose write lock the caller holds: no row locks)."""
    columns = (*_JOB_COLUMNS, _pi.c.variables) if with_variables else _JOB_COLUMNS
    return (sa.select(*columns).select_from(JOB.join(_pi, _pi.c.key == JOB.c.process_instance_key))
            .where(JOB.c.key.in_(_keys(n))))


def _end(n: int, with_variables: bool) -> sa.TextualSelect:
    """End the jobs that can complete (SQLite); each one's row, its instance's key (None: no instance) and tenant
    (and variables), and whether its process definition has a task after its own. Written out: SQLAlchemy renders
    RETURNING columns unqualified, and inside a subquery an unqualified name is the subquery's own table's. The
    unary + keeps SQLite from reading the jobs through a state index (every activated job) instead of by key."""
    keys = ", ".join(f":k{i}" for i in range(n))
    states = ", ".join(f"'{state}'" for state in COMMANDABLE)  # the store's own constants, never request input
    variables = (", (SELECT pi.variables FROM process_instance pi WHERE pi.key = job.process_instance_key) "
                 "AS variables") if with_variables else ""
    sql = f"""UPDATE job SET state = '{COMPLETED}', deadline = NULL
WHERE job.key IN ({keys}) AND +job.state IN ({states})
RETURNING job.key, job.tenant_id, job.type, job.process_instance_key, job.process_definition_key,
    job.job_definition_id,
    (SELECT pi.key FROM process_instance pi WHERE pi.key = job.process_instance_key) AS instance_key,
    (SELECT pi.tenant_id FROM process_instance pi WHERE pi.key = job.process_instance_key) AS instance_tenant,
    EXISTS (SELECT 1 FROM job_definition jd WHERE jd.process_definition_key = job.process_definition_key
            AND jd.position > (SELECT own.position FROM job_definition own WHERE own.id = job.job_definition_id))
        AS has_next{variables}"""
    names = ["key", "tenant_id", "type", "process_instance_key", "process_definition_key", "job_definition_id",
             "instance_key", "instance_tenant", "has_next", *(["variables"] if with_variables else [])]
    return sa.text(sql).bindparams(*(sa.bindparam(f"k{i}", type_=sa.BigInteger()) for i in range(n))).columns(
        *(sa.column(name) for name in names))


def _tasks(n: int) -> sa.Select[Any]:
    return sa.select(_jd).where(_jd.c.process_definition_key.in_(_keys(n)))


def _definitions(n: int) -> sa.Select[Any]:
    return sa.select(PROCESS_DEFINITION).where(PROCESS_DEFINITION.c.key.in_(_keys(n)))


# The instance is done when the completed job was its last runtime job (within this transaction).
_INSTANCE_DONE = sa.update(_pi).where(
    _pi.c.key == sa.bindparam("f_key"), _pi.c.state == "active",
    ~sa.exists().where(JOB.c.process_instance_key == _pi.c.key, IS_RUNTIME),
).values(state="completed", end_time=sa.bindparam("f_now"))
# The task after a job's own, when its job definition is not among its process definition's (never in a store
# that jobgate wrote; the one-by-one query of before, for exactly its answer).
_FOLLOWING = (
    sa.select(_jd).where(
        _jd.c.process_definition_key == sa.bindparam("f_definition"),
        _jd.c.position > sa.select(_jd.c.position).where(_jd.c.id == sa.bindparam("f_task")).scalar_subquery(),
    ).order_by(_jd.c.position).limit(1)
)


def _in_list(conn: Connection, name: str, build: Callable[[int], Any], values: Sequence[int],
             extra: Hashable = None) -> Sequence[Any]:
    size = padded(len(values))
    params = {f"k{i}": values[min(i, len(values) - 1)] for i in range(size)}
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
        return completion_pg.complete_many(conn, items)
    keys_ = [item.key for item in items]
    with_variables = any(item.variables for item in items)
    # Ended first, checked after: a failed check raises, and the caller's transaction (or savepoint) rolls back.
    ended = {row.key: row for row in _in_list(conn, "end", lambda n: _end(n, with_variables), keys_,
                                              with_variables)}
    alone = len(items) == 1
    rows = [ended.get(item.key) for item in items]
    if any(row is None or row.instance_key is None for row in rows):  # unknown, cannot complete, or no instance
        if not alone:
            raise Unbatchable("a job cannot be completed")
        if rows[0] is not None:
            raise JobNotFound(items[0].key)  # ended, but its instance is gone (rolled back with the transaction)
        _own_error(conn, items[0])
    jobs = [visible(row, item, alone) for row, item in zip(rows, items, strict=True)]
    one_per_instance(jobs)
    variables = [merged(job, item, alone) for job, item in zip(jobs, items, strict=True)]
    set_variables(conn, jobs, variables)
    following = _following(conn, jobs) if any(job.has_next for job in jobs) else [None] * len(jobs)
    steps = [job.process_definition_key for job, task in zip(jobs, following, strict=True) if task is not None]
    definitions = {row.key: row for row in _in_list(conn, "definitions", _definitions, sorted(set(steps)))
                   } if steps else {}
    start_next(conn, jobs, items, following, [definitions.get(job.process_definition_key) for job in jobs])
    done = [{"f_key": job.process_instance_key, "f_now": item.now}
            for job, item, task in zip(jobs, items, following, strict=True) if task is None]
    fastsql.execute_many(conn, ("completion", "instance_done"), lambda: _INSTANCE_DONE, done)
    return wakes(jobs, following)


def _own_error(conn: Connection, item: Completion) -> None:
    """Raise the error of a complete alone whose job the statement did not end (or that has no instance)."""
    rows = _in_list(conn, "read", lambda n: _read(n, False), [item.key], False)
    commandable(visible(rows[0] if rows else None, item, True), item, True)
    raise JobNotFound(item.key)  # (the read found the job with its instance, commandable: the statement ended it)


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


