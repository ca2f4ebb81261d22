"""Job lifecycle and the sequential flow: complete, fail, throw error, resubmit, set retries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import fastsql
from jobgate.store.completion import COMMANDABLE
from jobgate.store.completion import complete as complete  # re-exported: flow.complete, one job
from jobgate.store.errors import JobNotCommandable, JobNotFound, JobNotResubmittable, NotFound
from jobgate.store.tables import (
    ACTIVATABLE,
    ERROR_THROWN,
    FAILED,
    JOB,
    PROCESS_INSTANCE,
    RUNTIME_STATES,
)
from jobgate.store.wake import Wake as Wake  # re-exported: the commands answer with it

# The lookup of every command below, built once with bound parameters and run on the driver's cursor (`_run`,
# jobgate.store.fastsql): SQLAlchemy's execution cost ~50-80 us, several times the statement. Its rows are plain:
# booleans are 0/1 on SQLite. Completes run a batch at a time: jobgate.store.completion.
_JOB_BY_KEY = sa.select(JOB).where(JOB.c.key == sa.bindparam("f_key"))
_JOB_FOR_UPDATE = _JOB_BY_KEY.with_for_update()


def _run(conn: Connection, name: str, statement: Any, params: dict[str, Any]) -> Sequence[Any]:
    """One of the constant statements above on the driver's cursor; its rows (none for UPDATE)."""
    return fastsql.execute(conn, ("flow", name), lambda: statement, params)


def _first(rows: Sequence[Any]) -> Any:
    return rows[0] if rows else None


def _locked_job(conn: Connection, key: int, tenants: frozenset[str] | None) -> Any:
    """The job, locked; NotFound also when it belongs to a tenant outside `tenants` (existence is not revealed)."""
    if conn.dialect.name == "postgresql":
        row = _first(_run(conn, "job_for_update", _JOB_FOR_UPDATE, {"f_key": key}))
    else:
        row = _first(_run(conn, "job", _JOB_BY_KEY, {"f_key": key}))
    if row is None or (tenants is not None and row.tenant_id is not None and row.tenant_id not in tenants):
        raise JobNotFound(key)
    return row


def _commandable(conn: Connection, key: int, action: str, tenants: frozenset[str] | None) -> Any:
    job = _locked_job(conn, key, tenants)
    if job.state not in COMMANDABLE:
        raise JobNotCommandable(key, job.state, action)
    return job


def _set_instance(conn: Connection, key: int, **values: Any) -> None:
    conn.execute(sa.update(PROCESS_INSTANCE).where(PROCESS_INSTANCE.c.key == key).values(**values))


def fail(conn: Connection, *, key: int, retries: int, backoff_ms: int, error_message: str | None, now: int,
         tenants: frozenset[str] | None = None) -> Wake:
    """Fail a job: retries left -> claimable again after the back-off; none left -> an incident."""
    job = _commandable(conn, key, "fail", tenants)
    message = error_message if error_message is not None else ""
    values: dict[str, Any] = dict(retries=retries, worker=None, deadline=None, exception_message=message,
                                  exception_trace=message)
    if retries > 0:
        due = now + backoff_ms
        conn.execute(sa.update(JOB).where(JOB.c.key == key).values(state=ACTIVATABLE, due_date=due, **values))
        events = (("failed", job.type),)
        if job.suspended:
            return Wake(events=events)
        if backoff_ms <= 0:
            return Wake(now=frozenset({job.type}), events=events)
        return Wake(later=((job.type, due),), events=events)
    conn.execute(sa.update(JOB).where(JOB.c.key == key)
                 .values(state=FAILED, failed_activity_id=job.element_id, **values))
    _set_instance(conn, job.process_instance_key, state="incident")
    return Wake(events=(("failed", job.type), ("incident_created", job.type)))


def throw_error(conn: Connection, *, key: int, error_code: str, error_message: str | None, now: int,
                tenants: frozenset[str] | None = None) -> Wake:
    """A business error with no catching boundary event in this model: the job ends, the instance has an incident."""
    job = _commandable(conn, key, "throw_error", tenants)
    conn.execute(sa.update(JOB).where(JOB.c.key == key).values(
        state=ERROR_THROWN, error_code=error_code, worker=None, deadline=None,
        exception_message=error_message if error_message is not None else f"Unhandled error '{error_code}'.",
        failed_activity_id=job.element_id,
    ))
    _set_instance(conn, job.process_instance_key, state="incident")
    return Wake(events=(("error_thrown", job.type), ("incident_created", job.type)))


def resubmit(conn: Connection, *, key: int, now: int, tenants: frozenset[str] | None = None) -> Wake:
    """OPA resubmit: due now, lease released; an exhausted job gets one retry and becomes claimable again."""
    job = _locked_job(conn, key, tenants)
    if job.state not in RUNTIME_STATES:
        raise JobNotResubmittable(key, job.state)
    retries = job.retries if job.retries > 0 else 1
    conn.execute(sa.update(JOB).where(JOB.c.key == key).values(
        state=ACTIVATABLE, retries=retries, due_date=now, worker=None, deadline=None,
    ))
    if job.state == FAILED:
        reopen_instance(conn, job.process_instance_key)
    events = (("incident_resolved", job.type),) if job.state in (FAILED, ERROR_THROWN) else ()
    return Wake(now=frozenset() if job.suspended else frozenset({job.type}), events=events)


def set_retries(conn: Connection, *, key: int, retries: int, tenants: frozenset[str] | None = None) -> Wake:
    """Set a runtime job's retries; raising them on an incident makes it claimable again."""
    job = _locked_job(conn, key, tenants)
    if job.state not in RUNTIME_STATES:
        raise NotFound(f"No runtime job with key {key}.")
    values: dict[str, Any] = {"retries": retries}
    if job.state == FAILED and retries > 0:
        values.update(state=ACTIVATABLE, worker=None, deadline=None)
    conn.execute(sa.update(JOB).where(JOB.c.key == key).values(**values))
    if job.state == FAILED and retries > 0:
        reopen_instance(conn, job.process_instance_key)
    wakes = retries > 0 and job.state in (FAILED, ACTIVATABLE) and not job.suspended
    events = (("incident_resolved", job.type),) if job.state == FAILED and retries > 0 else ()
    return Wake(now=frozenset({job.type}) if wakes else frozenset(), events=events)


def reopen_instance(conn: Connection, instance_key: int) -> None:
    """An instance leaves the incident state when none of its jobs is failed or error_thrown any more."""
    open_incidents = conn.execute(
        sa.select(sa.func.count()).select_from(JOB)
        .where(JOB.c.process_instance_key == instance_key, JOB.c.state.in_((FAILED, ERROR_THROWN)))
    ).scalar_one()
    if not open_incidents:
        conn.execute(sa.update(PROCESS_INSTANCE)
                     .where(PROCESS_INSTANCE.c.key == instance_key, PROCESS_INSTANCE.c.state == "incident")
                     .values(state="active"))
