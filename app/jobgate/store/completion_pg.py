"""Completes on PostgreSQL: a batch in one statement, so one round trip whatever its size.

The statement ends the jobs (those activatable or activated), reads each one's instance and next task, and ends
the instances whose last job this was. Each statement to the server cost a round trip, and their client and server
CPU, not the database's work, bounded the worker loop. What the statement cannot decide is checked here
afterwards (the tenants, two jobs of one instance, the variables' size): a failed check raises, and the caller's
transaction (or savepoint) is rolled back with all the statement did.

jobgate.store.completion_alone goes one step further: one statement that makes every check itself and commits on
its own (a batch it cannot decide, such as variables close to their limit, comes here).
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import fastsql
from jobgate.store.completion_steps import (
    COMMANDABLE,
    Completion,
    Unbatchable,
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
from jobgate.store.tables import RUNTIME_STATES

_TASK = ("id", "type", "kind", "element_id", "name", "overriding_job_priority", "suspended")
_ENDED = ("key", "tenant_id", "type", "process_instance_key", "process_definition_key", "job_definition_id")
_COLUMNS = (*_ENDED, "now", "instance_tenant", "variables", *(f"next_{c}" for c in _TASK), "bpmn_process_id",
            "version")


def quoted(states: Sequence[str]) -> str:
    return ", ".join(f"'{state}'" for state in states)  # the store's own constants, never request input


def last_runtime_job(instance: str, batch: str) -> str:
    """SQL condition: the instance `instance` (an expression) has no runtime job left outside the jobs of `batch`
    (a CTE with a `key` column): the batch's complete of it ends the instance."""
    return f"""NOT EXISTS (SELECT 1 FROM job other WHERE other.process_instance_key = {instance}
                          AND other.state IN ({quoted(RUNTIME_STATES)})
                          AND other.key NOT IN (SELECT b.key FROM {batch} b))"""


def joined(jobs: str) -> str:
    """SQL after `FROM jobs`: each job's instance (pi), process definition (pd) and the task after its own (nxt;
    NULL for the last task)."""
    return f"""
    JOIN process_instance pi ON pi.key = {jobs}.process_instance_key
    JOIN process_definition pd ON pd.key = {jobs}.process_definition_key
    LEFT JOIN LATERAL (
        SELECT jd.* FROM job_definition jd
        WHERE jd.process_definition_key = {jobs}.process_definition_key
          AND jd.position > (SELECT own.position FROM job_definition own WHERE own.id = {jobs}.job_definition_id)
        ORDER BY jd.position LIMIT 1
    ) nxt ON true"""


def _statement(size: int, with_variables: bool) -> sa.TextualSelect:
    values = ", ".join(f"(CAST(:k{i} AS BIGINT), CAST(:t{i} AS BIGINT))" for i in range(size))
    ended = ", ".join(f"job.{c}" for c in _ENDED)
    task = ", ".join(f"nxt.{c} AS next_{c}" for c in _TASK)
    variables = "pi.variables" if with_variables else "NULL"
    sql = f"""
WITH v(key, now) AS (VALUES {values}),
ended AS (
    UPDATE job SET state = 'completed', deadline = NULL FROM v
    WHERE job.key = v.key AND job.state IN ({quoted(COMMANDABLE)})
      AND EXISTS (SELECT 1 FROM process_instance pi WHERE pi.key = job.process_instance_key)
    RETURNING {ended}, v.now
),
step AS (
    SELECT ended.*, pi.tenant_id AS instance_tenant, {variables} AS variables, {task},
           pd.bpmn_process_id, pd.version
    FROM ended {joined("ended")}
),
done AS (
    UPDATE process_instance pi SET state = 'completed', end_time = step.now FROM step
    WHERE pi.key = step.process_instance_key AND step.next_id IS NULL AND pi.state = 'active'
      AND {last_runtime_job("pi.key", "ended")}
)
SELECT {", ".join(_COLUMNS)} FROM step"""
    return sa.text(sql).columns(*(sa.column(c) for c in _COLUMNS))


def complete_many(conn: Connection, items: Sequence[Completion]) -> list[Any]:
    """jobgate.store.completion.complete_many on PostgreSQL (the same answers, the same errors)."""
    ordered = sorted(items, key=lambda item: item.key)  # rows are locked in key order: no deadlock between batches
    size = padded(len(ordered))
    params: dict[str, int] = {}
    for i in range(size):
        item = ordered[min(i, len(ordered) - 1)]
        params[f"k{i}"], params[f"t{i}"] = item.key, item.now
    with_variables = any(item.variables for item in items)
    rows = {row.key: row for row in fastsql.execute(conn, ("completion_pg", size, with_variables),
                                                      lambda: _statement(size, with_variables), params)}
    alone = len(items) == 1
    jobs = [rows.get(item.key) or _missing(conn, item, alone) for item in items]
    for job, item in zip(jobs, items, strict=True):
        visible(job, item, alone)  # a job of a tenant outside the complete's is not found (this is rolled back)
    one_per_instance(jobs)  # its instance may have been ended too early: rolled back
    set_variables(conn, jobs, [merged(job, item, alone) for job, item in zip(jobs, items, strict=True)])
    following = [_task(job) for job in jobs]
    start_next(conn, jobs, items, following, [_definition(job) for job in jobs])
    return wakes(jobs, following)


def _missing(conn: Connection, item: Completion, alone: bool) -> Any:
    """A job the statement did not end: unknown, or in a state that cannot complete (raises either way)."""
    if not alone:
        raise Unbatchable("a job cannot be completed")
    rows = fastsql.execute(conn, ("completion_pg", "job"), lambda: _JOB, {"f_key": item.key})
    commandable(visible(rows[0] if rows else None, item, alone), item, alone)
    raise JobNotFound(item.key)  # ended but without its instance or process definition (never in jobgate's store)


_JOB = sa.text("SELECT key, state, tenant_id FROM job WHERE key = :f_key").columns(
    sa.column("key"), sa.column("state"), sa.column("tenant_id"))


def _task(job: Any) -> Any:
    if job.next_id is None:
        return None
    return SimpleNamespace(**{c: getattr(job, f"next_{c}") for c in _TASK})


def _definition(job: Any) -> Any:
    return SimpleNamespace(key=job.process_definition_key, bpmn_process_id=job.bpmn_process_id, version=job.version)
