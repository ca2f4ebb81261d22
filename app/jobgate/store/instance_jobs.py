"""Jobs of one process instance with OPA's derived, overlapping states (docs/design.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from jobgate.store import flow
from jobgate.store.errors import InstanceJobNotFound, InstanceNotFound, JobExecuting, TenantForbidden
from jobgate.store.flow import Wake
from jobgate.store.queries import order_terms
from jobgate.store.tables import ACTIVATED, JOB, PROCESS_INSTANCE, RUNTIME_STATES

ITEM_COLUMNS = (
    JOB.c.key, JOB.c.element_id, JOB.c.element_name, JOB.c.create_time, JOB.c.due_date, JOB.c.exception_message,
    JOB.c.exception_trace, JOB.c.element_instance_key, JOB.c.state, JOB.c.deadline, JOB.c.process_definition_id,
    JOB.c.bpmn_process_id, JOB.c.process_instance_key, JOB.c.retries,
)
SORT_COLUMNS: dict[str, Any] = {"key": JOB.c.key, "retries": JOB.c.retries, "due_date": JOB.c.due_date}
STATES = ("ALL", "SCHEDULED", "READY", "FAULTED", "EXHAUSTED")


@dataclass(frozen=True)
class JobPage:
    rows: Sequence[Any]
    has_more: bool
    total: int | None


def state_condition(state: str, now: int) -> ColumnElement[bool] | None:
    c = JOB.c
    if state == "SCHEDULED":
        return c.due_date > now
    if state == "READY":
        return sa.or_(c.due_date.is_(None), c.due_date <= now)
    if state == "FAULTED":
        return c.exception_message.is_not(None)
    if state == "EXHAUSTED":
        return sa.and_(c.exception_message.is_not(None), c.retries == 0)
    return None


def is_executing(row: Any, now: int) -> bool:
    return bool(row.state == ACTIVATED and row.deadline is not None and row.deadline > now)


def check_instance(conn: Connection, *, instance_key: int, tenant: str | None,
                   tenants: frozenset[str] | None = None) -> None:
    """InstanceNotFound unless the instance exists (and, when a tenant is named, belongs to it).

    `tenants` is what the caller may see (None: everything). Naming a tenant outside it is Forbidden; without a
    named tenant, an instance of a tenant outside it does not exist for the caller (tenant-less ones stay visible).
    """
    if tenants is not None and tenant is not None and tenant not in tenants:
        raise TenantForbidden(tenant)
    pi = PROCESS_INSTANCE
    row = conn.execute(sa.select(pi.c.tenant_id).where(pi.c.key == instance_key)).first()
    if row is None or (tenant is not None and row.tenant_id != tenant):
        raise InstanceNotFound(instance_key)
    if tenants is not None and row.tenant_id is not None and row.tenant_id not in tenants:
        raise InstanceNotFound(instance_key)


def list_instance_jobs(conn: Connection, *, instance_key: int, tenant: str | None, state: str, now: int,
                       sorting: Sequence[tuple[str, bool]], offset: int, limit: int, with_total: bool,
                       tenants: frozenset[str] | None = None) -> JobPage:
    check_instance(conn, instance_key=instance_key, tenant=tenant, tenants=tenants)
    terms: list[ColumnElement[bool]] = [JOB.c.process_instance_key == instance_key, JOB.c.state.in_(RUNTIME_STATES)]
    extra = state_condition(state, now)
    if extra is not None:
        terms.append(extra)
    postgres = conn.dialect.name == "postgresql"
    stmt = (sa.select(*ITEM_COLUMNS).where(*terms)
            .order_by(*order_terms(SORT_COLUMNS, sorting, JOB.c.key, postgres=postgres))
            .offset(offset).limit(limit + 1))
    rows = conn.execute(stmt).all()
    total = None
    if with_total:
        total = int(conn.execute(sa.select(sa.func.count()).select_from(JOB).where(*terms)).scalar_one())
    return JobPage(rows=rows[:limit], has_more=len(rows) > limit, total=total)


def get_instance_job(conn: Connection, *, instance_key: int, job_key: int, tenant: str | None,
                     tenants: frozenset[str] | None = None) -> Any:
    check_instance(conn, instance_key=instance_key, tenant=tenant, tenants=tenants)
    row = conn.execute(sa.select(*ITEM_COLUMNS).where(
        JOB.c.key == job_key, JOB.c.process_instance_key == instance_key, JOB.c.state.in_(RUNTIME_STATES)
    )).first()
    if row is None:
        raise InstanceJobNotFound(instance_key, job_key)
    return row


def resubmit_instance_job(conn: Connection, *, instance_key: int, job_key: int, tenant: str | None,
                          now: int, tenants: frozenset[str] | None = None) -> tuple[Any, Wake]:
    """Resubmit a job of an instance for immediate execution; return the updated job."""
    row = get_instance_job(conn, instance_key=instance_key, job_key=job_key, tenant=tenant, tenants=tenants)
    if is_executing(row, now):
        raise JobExecuting(job_key)
    wake = flow.resubmit(conn, key=job_key, now=now, tenants=tenants)
    return get_instance_job(conn, instance_key=instance_key, job_key=job_key, tenant=tenant, tenants=tenants), wake
