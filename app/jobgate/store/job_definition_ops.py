"""Camunda 7 bulk job commands and job-definition commands: suspend or activate the jobs of a definition,
instance or process definition; read a job definition, suspend it, set its jobs' retries and its priority.
HTTP-free. `tenants` (None: no restriction) keeps every command to the caller's tenants and tenant-less rows: a
job definition of another tenant is JobDefinitionNotFound, exactly like an unknown id, and a bulk selector never
reaches another tenant's jobs. Each command returns the Wake for the long polls."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from jobgate.store import flow
from jobgate.store.errors import InvalidRequest, JobDefinitionNotFound
from jobgate.store.flow import Wake
from jobgate.store.queries import NO_MATCH, equals, one_of
from jobgate.store.tables import ACTIVATABLE, FAILED, JOB, JOB_DEFINITION, RUNTIME_STATES

JD = JOB_DEFINITION


@dataclass(frozen=True, kw_only=True)
class Selector:
    """Which rows a bulk command touches: at most one of the ids, or a BPMN process id with a tenant choice."""

    job_definition_id: int | None = None
    process_instance_key: int | None = None
    process_definition_id: str | None = None
    bpmn_process_id: str | None = None
    tenant_id: str | None = None  # with bpmn_process_id: only this tenant's
    without_tenant: bool = False  # with bpmn_process_id and no tenant_id: only tenant-less ones


def _visible(column: Any, tenants: frozenset[str] | None) -> list[ColumnElement[bool]]:
    if tenants is None:
        return []
    return [sa.or_(column.is_(None), one_of(column, sorted(tenants)))]


def _terms(table: sa.Table, s: Selector, tenants: frozenset[str] | None) -> list[ColumnElement[bool]]:
    c = table.c
    terms = _visible(c.tenant_id, tenants)
    if s.job_definition_id is not None:
        terms.append(c.job_definition_id == s.job_definition_id if table is JOB else c.id == s.job_definition_id)
    if s.process_instance_key is not None:
        terms.append(c.process_instance_key == s.process_instance_key)
    if s.process_definition_id is not None:
        terms.append(equals(c.process_definition_id, s.process_definition_id))
    if s.bpmn_process_id is not None:
        terms.append(equals(c.bpmn_process_id, s.bpmn_process_id))
        if s.tenant_id is not None:
            terms.append(equals(c.tenant_id, s.tenant_id))
        elif s.without_tenant:
            terms.append(c.tenant_id.is_(None))
    return terms


def merge(wakes: Sequence[Wake]) -> Wake:
    """The Wakes of several changes as one (their types, timed wake-ups and events together)."""
    now: set[str] = set()
    later: list[tuple[str, int]] = []
    events: list[tuple[str, str]] = []
    for w in wakes:
        now |= w.now
        later.extend(w.later)
        events.extend(w.events)
    return Wake(now=frozenset(now), later=tuple(later), events=tuple(events))


def _claimable(row: Any, now: int, suspended: bool | None = None) -> Wake:
    """Who to wake for a job that is activatable, not suspended (`suspended`: as if it were so), with retries: its
    type now or at its due date."""
    if row.state != ACTIVATABLE or (row.suspended if suspended is None else suspended) or row.retries <= 0:
        return Wake()
    if row.due_date is None or row.due_date <= now:
        return Wake(now=frozenset({row.type}))
    return Wake(later=((row.type, row.due_date),))


def set_jobs_suspended(conn: Connection, *, selector: Selector, suspended: bool, now: int,
                       tenants: frozenset[str] | None = None) -> Wake:
    """Suspend or activate the runtime jobs a selector names (none: nothing changes, as in the engine)."""
    terms = [*_terms(JOB, selector, tenants), JOB.c.state.in_(RUNTIME_STATES), JOB.c.suspended.is_(not suspended)]
    stmt = sa.select(JOB.c.key, JOB.c.type, JOB.c.state, JOB.c.due_date, JOB.c.retries).where(*terms)
    if conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    rows = conn.execute(stmt).all()
    if not rows:
        return Wake()
    conn.execute(sa.update(JOB).where(JOB.c.key.in_([r.key for r in rows])).values(suspended=suspended))
    if suspended:
        return Wake()
    return merge([_claimable(r, now, suspended=False) for r in rows])


def get_job_definition(conn: Connection, *, key: int, job_definition_id: str, operation: str = "get",
                       tenants: frozenset[str] | None = None, lock: bool = False) -> sa.Row[Any]:
    stmt = sa.select(JD).where(JD.c.id == key, *_visible(JD.c.tenant_id, tenants))
    if lock and conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = conn.execute(stmt).first() if key != NO_MATCH else None
    if row is None:
        raise JobDefinitionNotFound(operation, job_definition_id)
    return row


def set_definitions_suspended(conn: Connection, *, selector: Selector, suspended: bool, include_jobs: bool,
                              now: int, tenants: frozenset[str] | None = None) -> Wake:
    """Suspend or activate the job definitions a selector names (and, with include_jobs, their runtime jobs).
    Jobs created later for a suspended definition start suspended (jobgate.store.jobs.new_job_row)."""
    conn.execute(sa.update(JD).where(*_terms(JD, selector, tenants)).values(suspended=suspended))
    if not include_jobs:
        return Wake()
    return set_jobs_suspended(conn, selector=selector, suspended=suspended, now=now, tenants=tenants)


def set_definition_suspended(conn: Connection, *, key: int, job_definition_id: str, suspended: bool,
                             include_jobs: bool, now: int, tenants: frozenset[str] | None = None) -> Wake:
    get_job_definition(conn, key=key, job_definition_id=job_definition_id, operation="suspended", tenants=tenants,
                       lock=True)
    return set_definitions_suspended(conn, selector=Selector(job_definition_id=key), suspended=suspended,
                                     include_jobs=include_jobs, now=now, tenants=tenants)


def set_definition_retries(conn: Connection, *, key: int, job_definition_id: str, retries: int, now: int,
                           due_date: Any, keep_due_date: bool, tenants: frozenset[str] | None = None) -> Wake:
    """The engine's bulk update (updateFailedJobRetriesByParameters): the definition's runtime jobs with no retries
    left get `retries` and lose their lease; with `keep_due_date` False their due date becomes `due_date`. Raising
    them ends their incidents (in jobgate a failed job is its incident) and makes them claimable."""
    if retries < 0:
        raise InvalidRequest(f"ENGINE-13054 The number of job retries must be a non-negative Integer, but "
                             f"'{retries}' has been provided.")
    get_job_definition(conn, key=key, job_definition_id=job_definition_id, operation="retries", tenants=tenants,
                       lock=True)
    stmt = sa.select(JOB).where(JOB.c.job_definition_id == key, JOB.c.state.in_(RUNTIME_STATES), JOB.c.retries == 0)
    if conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    rows = conn.execute(stmt).all()
    if not rows:
        return Wake()
    values: dict[str, Any] = {"retries": retries, "worker": None, "deadline": None}
    if not keep_due_date:
        values["due_date"] = due_date
    if retries > 0:
        values["state"] = ACTIVATABLE
    keys = [r.key for r in rows]
    conn.execute(sa.update(JOB).where(JOB.c.key.in_(keys)).values(**values))
    if retries == 0:
        return Wake()
    for instance_key in sorted({r.process_instance_key for r in rows if r.state == FAILED}):
        flow.reopen_instance(conn, instance_key)
    after = conn.execute(sa.select(JOB).where(JOB.c.key.in_(keys))).all()
    resolved = tuple(("incident_resolved", r.type) for r in rows if r.state == FAILED)
    return merge([*(_claimable(r, now) for r in after), Wake(events=resolved)])


def set_definition_priority(conn: Connection, *, key: int, job_definition_id: str, priority: int | None,
                            include_jobs: bool, tenants: frozenset[str] | None = None) -> None:
    """Set (None: remove) the overriding priority of the jobs a definition creates from now on; include_jobs also
    sets it on its runtime jobs."""
    if priority is None and include_jobs:
        raise InvalidRequest(f"Cannot reset priority for job definition {job_definition_id} with includeJobs=true")
    get_job_definition(conn, key=key, job_definition_id=job_definition_id, operation="priority", tenants=tenants,
                       lock=True)
    conn.execute(sa.update(JD).where(JD.c.id == key).values(overriding_job_priority=priority))
    if include_jobs:
        conn.execute(sa.update(JOB).where(JOB.c.job_definition_id == key, JOB.c.state.in_(RUNTIME_STATES))
                     .values(priority=priority))
