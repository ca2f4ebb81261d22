"""Single-job operations of the Camunda 7 job resource: read one job, set retries, suspension, due date and
priority, execute, delete. HTTP-free; a job that is not at runtime or belongs to a tenant outside `tenants` is
JobOperationNotFound (its existence is not revealed). Each command returns the Wake for the long polls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import flow
from jobgate.store.errors import InvalidRequest, JobLocked, JobOperationNotFound, NotRecalculable
from jobgate.store.flow import Wake
from jobgate.store.tables import ACTIVATABLE, ACTIVATED, FAILED, JOB, JOB_DEFINITION, PROCESS_INSTANCE, RUNTIME_STATES


def runtime_row(conn: Connection, key: int, tenants: frozenset[str] | None, lock: bool = False) -> sa.Row[Any] | None:
    """The runtime job `key` if the caller's tenants may see it (locked on PostgreSQL with `lock`), else None."""
    stmt = sa.select(JOB).where(JOB.c.key == key)
    if lock and conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = conn.execute(stmt).first()
    if (row is None or row.state not in RUNTIME_STATES
            or (tenants is not None and row.tenant_id is not None and row.tenant_id not in tenants)):
        return None
    return row


def _job(conn: Connection, key: int, operation: str, tenants: frozenset[str] | None,
         lock: bool = False) -> sa.Row[Any]:
    row = runtime_row(conn, key, tenants, lock)
    if row is None:
        raise JobOperationNotFound(key, operation)
    return row


def _claimable_wake(job: sa.Row[Any], *, suspended: bool, due_date: int | None, retries: int, now: int) -> Wake:
    """Who to wake for a job that is (still) activatable with these values: its type now, later, or nobody."""
    if job.state != ACTIVATABLE or suspended or retries <= 0:
        return Wake()
    if due_date is None or due_date <= now:
        return Wake(now=frozenset({job.type}))
    return Wake(later=((job.type, due_date),))


def get_job(conn: Connection, *, key: int, tenants: frozenset[str] | None = None) -> sa.Row[Any]:
    return _job(conn, key, "get", tenants)


def get_stacktrace(conn: Connection, *, key: int, tenants: frozenset[str] | None = None) -> str | None:
    """The job's exception stack trace (jobgate keeps the failure's error message as its trace), or None."""
    trace: str | None = _job(conn, key, "stacktrace", tenants).exception_trace
    return trace


KEEP: Any = object()  # set_retries: leave the due date as it is


def set_retries(conn: Connection, *, key: int, retries: int, now: int, due_date: int | None = KEEP,
                tenants: frozenset[str] | None = None) -> Wake:
    """The engine's PUT /job/{id}/retries (JobEntity.setRetries): retries 0 on a job with retries left creates an
    incident (the job fails, its lease ends); raising the retries of an incident makes it claimable again. A
    given `due_date` (None: due at once) is set too."""
    if retries < 0:
        raise InvalidRequest(f"ENGINE-13054 The number of job retries must be a non-negative Integer, but "
                             f"'{retries}' has been provided.")
    job = _job(conn, key, "retries", tenants, lock=True)
    values: dict[str, Any] = {"retries": retries}
    if due_date is not KEEP:
        values["due_date"] = due_date
    events: tuple[tuple[str, str], ...] = ()
    if retries == 0 and job.state != FAILED and job.retries > 0:
        values.update(state=FAILED, worker=None, deadline=None)
        events = (("incident_created", job.type),)
    elif retries > 0 and job.state == FAILED:
        values.update(state=ACTIVATABLE, worker=None, deadline=None)
        events = (("incident_resolved", job.type),)
    conn.execute(sa.update(JOB).where(JOB.c.key == key).values(**values))
    if values.get("state") == FAILED:
        conn.execute(sa.update(PROCESS_INSTANCE).where(PROCESS_INSTANCE.c.key == job.process_instance_key)
                     .values(state="incident"))
    elif values.get("state") == ACTIVATABLE:
        flow.reopen_instance(conn, job.process_instance_key)
    after = conn.execute(sa.select(JOB).where(JOB.c.key == key)).one()
    wake = _claimable_wake(after, suspended=after.suspended, due_date=after.due_date, retries=retries, now=now)
    return Wake(now=wake.now, later=wake.later, events=events)


def set_suspended(conn: Connection, *, key: int, suspended: bool, now: int,
                  tenants: frozenset[str] | None = None) -> Wake:
    """Suspend (not claimable) or activate a job; activating a claimable job wakes its waiters."""
    job = _job(conn, key, "suspended", tenants, lock=True)
    conn.execute(sa.update(JOB).where(JOB.c.key == key).values(suspended=suspended))
    if suspended or not job.suspended:
        return Wake()
    return _claimable_wake(job, suspended=False, due_date=job.due_date, retries=job.retries, now=now)


def set_due_date(conn: Connection, *, key: int, due_date: int | None, now: int,
                 tenants: frozenset[str] | None = None) -> Wake:
    """Set a job's due date (None: due at once). jobgate has no repeating timers, so `cascade` has nothing to
    shift and is not passed here."""
    job = _job(conn, key, "duedate", tenants, lock=True)
    conn.execute(sa.update(JOB).where(JOB.c.key == key).values(due_date=due_date))
    return _claimable_wake(job, suspended=job.suspended, due_date=due_date, retries=job.retries, now=now)


def set_priority(conn: Connection, *, key: int, priority: int, tenants: frozenset[str] | None = None) -> None:
    _job(conn, key, "priority", tenants, lock=True)
    conn.execute(sa.update(JOB).where(JOB.c.key == key).values(priority=priority))


def delete_job(conn: Connection, *, key: int, now: int, tenants: frozenset[str] | None = None) -> None:
    """Delete a runtime job, as the engine does (its process instance stays where it is); a job a worker holds
    under a lease that has not run out is JobLocked. Deleting an incident's job ends that incident."""
    job = _job(conn, key, "delete", tenants, lock=True)
    if job.state == ACTIVATED and job.deadline is not None and job.deadline > now:
        raise JobLocked(key)
    conn.execute(sa.delete(JOB).where(JOB.c.key == key))
    if job.state == FAILED:
        flow.reopen_instance(conn, job.process_instance_key)


def execute(conn: Connection, *, key: int, now: int, tenants: frozenset[str] | None = None) -> Wake:
    """POST /job/{id}/execute: run the job now, as if its worker had completed it (no variables), so the instance
    moves on. A failed job runs too and its incident ends (the engine runs jobs without retries); suspension does
    not stop it (ExecuteJobsCmd does not check it). A job held under a live lease is JobLocked: running it here
    would run it twice."""
    job = _job(conn, key, "execute", tenants, lock=True)
    if job.state == ACTIVATED and job.deadline is not None and job.deadline > now:
        raise JobLocked(key, "execute")
    events: tuple[tuple[str, str], ...] = ()
    if job.state == FAILED:
        conn.execute(sa.update(JOB).where(JOB.c.key == key).values(state=ACTIVATABLE))
        flow.reopen_instance(conn, job.process_instance_key)
        events = (("incident_resolved", job.type),)
    wake = flow.complete(conn, key=key, variables=None, now=now, tenants=tenants)
    return Wake(now=wake.now, later=wake.later, events=events + wake.events)


def recalculate_due_date(conn: Connection, *, key: int, job_id: str, base: Callable[[Any], int],
                         timer_due: Callable[[str, int], int], now: int,
                         tenants: frozenset[str] | None = None) -> Wake:
    """POST /job/{id}/duedate/recalculate: a timer job's due date from its job definition's timer configuration.
    `base(job)` is the time the timer counts from (its create time, or now); `timer_due(configuration, base)`
    evaluates the configuration (the api layer reads its formats) and raises NotRecalculable where it cannot.
    The engine answers both refusals with status 500; jobgate with 409: the request is fine, the job's kind is not."""
    job = _job(conn, key, "recalculate", tenants, lock=True)
    definition = conn.execute(sa.select(JOB_DEFINITION).where(JOB_DEFINITION.c.id == job.job_definition_id)).one()
    if job.kind != "timer":
        raise NotRecalculable(f"Only timer jobs can be recalculated, but the job with id '{job_id}' is of type "
                             f"'{definition.job_type}'.")
    due = timer_due(definition.job_configuration, base(job))
    conn.execute(sa.update(JOB).where(JOB.c.key == key).values(due_date=due))
    return _claimable_wake(job, suspended=job.suspended, due_date=due, retries=job.retries, now=now)
