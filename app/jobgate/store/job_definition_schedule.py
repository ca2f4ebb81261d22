"""Scheduled job-definition suspension changes: Camunda 7's PUT /job-definition/{id}/suspended and
PUT /job-definition/suspended with a future `executionDate`. HTTP-free.

The engine makes a timer job (handler suspend-job-definition or activate-job-definition) that carries out the
change at that time. jobgate keeps the change in its own table, job_definition_schedule, and jobgate.scheduler
calls `apply_due` to carry it out: each due row is deleted and applied in one transaction, with exactly the
semantics of the immediate command (set_definitions_suspended) and the tenants the caller could see when it was
scheduled. Deleting before applying, under SQLite's one writer or PostgreSQL's row locks (FOR UPDATE SKIP LOCKED),
makes each change run exactly once however many processes share the store.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import job_definition_ops as ops
from jobgate.store.flow import Wake
from jobgate.store.queries import storable
from jobgate.store.tables import JOB_DEFINITION_SCHEDULE

S = JOB_DEFINITION_SCHEDULE
BATCH = 100  # due changes applied per transaction (the scheduler comes back at once for more)


def schedule_definitions(conn: Connection, *, selector: ops.Selector, suspended: bool, include_jobs: bool,
                         execution_date: int, now: int, tenants: frozenset[str] | None = None) -> None:
    """Keep a suspension change of the job definitions a selector names, to be applied at `execution_date`.

    A selector text no store can hold (NUL, a lone surrogate) matches nothing, so its change would change nothing:
    it is accepted and not kept."""
    texts = (selector.process_definition_id, selector.bpmn_process_id, selector.tenant_id)
    if any(t is not None and not storable(t) for t in texts):
        return
    conn.execute(sa.insert(S).values(
        job_definition_id=selector.job_definition_id, process_definition_id=selector.process_definition_id,
        bpmn_process_id=selector.bpmn_process_id, tenant_id=selector.tenant_id,
        without_tenant=selector.without_tenant,
        tenants=None if tenants is None else sorted(t for t in tenants if storable(t)),
        suspended=suspended, include_jobs=include_jobs, execution_date=execution_date, created=now,
    ))


def schedule_definition(conn: Connection, *, key: int, job_definition_id: str, suspended: bool, include_jobs: bool,
                        execution_date: int, now: int, tenants: frozenset[str] | None = None) -> None:
    """The single-definition form: an unknown (or invisible) id is JobDefinitionNotFound, as when applied at once."""
    ops.get_job_definition(conn, key=key, job_definition_id=job_definition_id, operation="suspended",
                           tenants=tenants)
    schedule_definitions(conn, selector=ops.Selector(job_definition_id=key), suspended=suspended,
                         include_jobs=include_jobs, execution_date=execution_date, now=now, tenants=tenants)


def earliest(conn: Connection) -> int | None:
    """The execution date of the next scheduled change (None: none kept); one index lookup."""
    value = conn.execute(sa.select(sa.func.min(S.c.execution_date))).scalar()
    return None if value is None else int(value)


def _selector(row: Any) -> ops.Selector:
    return ops.Selector(job_definition_id=row.job_definition_id, process_definition_id=row.process_definition_id,
                        bpmn_process_id=row.bpmn_process_id, tenant_id=row.tenant_id,
                        without_tenant=row.without_tenant)


def apply_due(conn: Connection, *, now: int, limit: int = BATCH) -> Wake:
    """Carry out the changes due at `now`, earliest first (execution_date, then id), at most `limit` of them;
    returns their merged Wake. Call in a write transaction: each row is deleted and applied in it."""
    stmt = sa.select(S).where(S.c.execution_date <= now).order_by(S.c.execution_date, S.c.id).limit(limit)
    if conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)  # rows another process is applying are its own
    wakes: list[Wake] = []
    for row in conn.execute(stmt).all():
        if conn.execute(sa.delete(S).where(S.c.id == row.id)).rowcount != 1:
            continue  # applied by someone else already
        tenants = None if row.tenants is None else frozenset(row.tenants)
        wakes.append(ops.set_definitions_suspended(conn, selector=_selector(row), suspended=row.suspended,
                                                   include_jobs=row.include_jobs, now=now, tenants=tenants))
    return ops.merge(wakes)
