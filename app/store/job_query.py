"""Runtime job queries with Camunda 7's filter semantics (DESIGN.md section 4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from app.store.queries import equals, order_terms, page, tenant_condition
from app.store.tables import IS_RUNTIME, JOB

# Columns a job list returns (not the JSON payloads): enough for the Camunda 7 and OPA views.
LIST_COLUMNS = (
    JOB.c.key, JOB.c.job_definition_id, JOB.c.due_date, JOB.c.process_instance_key, JOB.c.element_instance_key,
    JOB.c.process_definition_id, JOB.c.bpmn_process_id, JOB.c.retries, JOB.c.exception_message,
    JOB.c.failed_activity_id, JOB.c.suspended, JOB.c.priority, JOB.c.tenant_id, JOB.c.create_time, JOB.c.batch_id,
)
SORT_COLUMNS: dict[str, Any] = {
    "key": JOB.c.key,
    "element_instance_key": JOB.c.element_instance_key,
    "process_instance_key": JOB.c.process_instance_key,
    "process_definition_id": JOB.c.process_definition_id,
    "bpmn_process_id": JOB.c.bpmn_process_id,
    "priority": JOB.c.priority,
    "retries": JOB.c.retries,
    "due_date": JOB.c.due_date,
    "tenant_id": JOB.c.tenant_id,
}


@dataclass(frozen=True, kw_only=True)
class JobQuery:
    """Filters over runtime jobs; every given condition narrows (AND). Key sets come pre-parsed."""

    key_sets: Sequence[frozenset[int]] = ()
    job_definition_id: int | None = None
    process_instance_key_sets: Sequence[frozenset[int]] = ()
    element_instance_key: int | None = None
    process_definition_id: str | None = None
    bpmn_process_id: str | None = None
    element_id: str | None = None
    with_retries_left: bool = False
    no_retries_left: bool = False
    executable: bool = False
    timers: bool = False
    messages: bool = False
    with_exception: bool = False
    exception_message: str | None = None
    failed_activity_id: str | None = None
    active: bool = False
    suspended: bool = False
    priority_gte: int | None = None
    priority_lte: int | None = None
    due_dates: Sequence[tuple[str, int]] = ()
    create_times: Sequence[tuple[str, int]] = ()
    tenant_ids: Sequence[str] | None = None
    include_without_tenant: bool = False
    without_tenant: bool = False
    sorting: Sequence[tuple[str, bool]] = field(default_factory=tuple)


def conditions(q: JobQuery, *, now: int) -> list[ColumnElement[bool]]:
    """WHERE terms for a job query (only runtime jobs: activatable, activated, failed)."""
    c = JOB.c
    terms: list[ColumnElement[bool]] = [IS_RUNTIME]
    terms += [c.key.in_(sorted(s)) for s in q.key_sets]
    terms += [c.process_instance_key.in_(sorted(s)) for s in q.process_instance_key_sets]
    for column, value in ((c.job_definition_id, q.job_definition_id), (c.element_instance_key, q.element_instance_key),
                          (c.process_definition_id, q.process_definition_id), (c.bpmn_process_id, q.bpmn_process_id),
                          (c.element_id, q.element_id), (c.exception_message, q.exception_message),
                          (c.failed_activity_id, q.failed_activity_id)):
        if value is not None:
            terms.append(equals(column, value))
    if q.with_retries_left or q.executable:
        terms.append(c.retries > 0)
    if q.no_retries_left:
        terms.append(c.retries == 0)
    if q.executable:
        terms.append(sa.or_(c.due_date.is_(None), c.due_date <= now))
    if q.timers:
        terms.append(c.kind == "timer")
    if q.messages:
        terms.append(c.kind == "message")
    if q.with_exception:
        terms.append(c.exception_message.is_not(None))
    if q.suspended:
        terms.append(c.suspended.is_(True))
    elif q.active:
        terms.append(c.suspended.is_(False))
    if q.priority_gte is not None:
        terms.append(c.priority >= q.priority_gte)
    if q.priority_lte is not None:
        terms.append(c.priority <= q.priority_lte)
    for op, ms in q.due_dates:
        terms.append(c.due_date > ms if op == "gt" else c.due_date < ms)
    for op, ms in q.create_times:
        terms.append(c.create_time > ms if op == "gt" else c.create_time <= ms)
    tenant = tenant_condition(c.tenant_id, tenant_ids=q.tenant_ids, include_without=q.include_without_tenant,
                              without=q.without_tenant)
    if tenant is not None:
        terms.append(tenant)
    return terms


def list_jobs(conn: Connection, *, query: JobQuery, now: int, first: int | None = None,
              maximum: int | None = None) -> Sequence[sa.Row[Any]]:
    """One page of runtime jobs, sorted as asked with the key as tie-breaker."""
    postgres = conn.dialect.name == "postgresql"
    stmt = sa.select(*LIST_COLUMNS).where(*conditions(query, now=now))
    stmt = stmt.order_by(*order_terms(SORT_COLUMNS, query.sorting, JOB.c.key, postgres=postgres))
    return conn.execute(page(stmt, first, maximum)).all()


def count_jobs(conn: Connection, *, query: JobQuery, now: int) -> int:
    stmt = sa.select(sa.func.count()).select_from(JOB).where(*conditions(query, now=now))
    return int(conn.execute(stmt).scalar_one())
