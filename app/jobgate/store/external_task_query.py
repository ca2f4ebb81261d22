"""The Camunda 7 external-task query (GET/POST /external-task, /count) over runtime jobs (docs/camunda7.md).

A task is locked while its job is activated with a lease that has not run out; `notLocked` is the engine's
"lock null or < now" (strict, while fetch-and-lock takes expired locks at <= now).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store.queries import equals, one_of, order_terms, page
from jobgate.store.tables import ACTIVATED, IS_RUNTIME, JOB, PROCESS_INSTANCE

SORT_COLUMNS = {
    "id": JOB.c.key,
    "lockExpirationTime": JOB.c.deadline,
    "processInstanceId": JOB.c.process_instance_key,
    "processDefinitionId": JOB.c.process_definition_id,
    "processDefinitionKey": JOB.c.bpmn_process_id,
    "tenantId": JOB.c.tenant_id,
    "taskPriority": JOB.c.priority,
    "createTime": JOB.c.create_time,
}


@dataclass(frozen=True, kw_only=True)
class ExternalTaskQuery:
    """Filters (None: no filter); keys are int64 job keys, NO_MATCH where an id was no key."""

    keys: frozenset[int] | None = None
    topic_name: str | None = None
    worker_id: str | None = None
    locked: bool = False
    not_locked: bool = False
    lock_expiration_before: int | None = None
    lock_expiration_after: int | None = None
    activity_ids: tuple[str, ...] | None = None
    execution_ids: frozenset[int] | None = None
    instance_keys: frozenset[int] | None = None
    definition_ids: tuple[str, ...] | None = None
    definition_keys: tuple[str, ...] | None = None
    tenant_ids: tuple[str, ...] | None = None
    without_tenant: bool = False
    with_retries_left: bool = False
    no_retries_left: bool = False
    active: bool = False
    suspended: bool = False
    priority_min: int | None = None
    priority_max: int | None = None
    sorting: tuple[tuple[str, bool], ...] = ()


def _lock_deadline() -> Any:
    """The lock expiration time as the engine shows it: the lease's deadline while the job is activated."""
    return sa.case((JOB.c.state == ACTIVATED, JOB.c.deadline), else_=None)


def conditions(q: ExternalTaskQuery, *, now: int, tenants: frozenset[str] | None) -> list[Any]:
    c = JOB.c
    lock = _lock_deadline()
    where: list[Any] = [IS_RUNTIME]
    if tenants is not None:
        where.append(sa.or_(c.tenant_id.is_(None), c.tenant_id.in_(sorted(tenants))))
    if q.keys is not None:
        where.append(c.key.in_(sorted(q.keys)))
    if q.topic_name is not None:
        where.append(equals(c.type, q.topic_name))
    if q.worker_id is not None:
        where.append(sa.and_(c.state == ACTIVATED, equals(c.worker, q.worker_id)))
    if q.locked:
        where.append(sa.and_(c.state == ACTIVATED, c.deadline > now))
    if q.not_locked:
        where.append(sa.or_(c.state != ACTIVATED, c.deadline < now))
    if q.lock_expiration_before is not None:
        where.append(lock < q.lock_expiration_before)
    if q.lock_expiration_after is not None:
        where.append(lock > q.lock_expiration_after)
    if q.activity_ids is not None:
        where.append(one_of(c.element_id, q.activity_ids))
    if q.execution_ids is not None:
        where.append(c.element_instance_key.in_(sorted(q.execution_ids)))
    if q.instance_keys is not None:
        where.append(c.process_instance_key.in_(sorted(q.instance_keys)))
    if q.definition_ids is not None:
        where.append(one_of(c.process_definition_id, q.definition_ids))
    if q.definition_keys is not None:
        where.append(one_of(c.bpmn_process_id, q.definition_keys))
    if q.without_tenant:
        where.append(c.tenant_id.is_(None))
    elif q.tenant_ids:
        where.append(one_of(c.tenant_id, q.tenant_ids))
    if q.with_retries_left:
        where.append(c.retries > 0)
    if q.no_retries_left:
        where.append(c.retries == 0)
    if q.suspended:
        where.append(c.suspended.is_(True))
    elif q.active:
        where.append(c.suspended.is_(False))
    if q.priority_min is not None:
        where.append(c.priority >= q.priority_min)
    if q.priority_max is not None:
        where.append(c.priority <= q.priority_max)
    return where


def list_tasks(conn: Connection, *, query: ExternalTaskQuery, now: int, first: int | None = None,
               maximum: int | None = None, tenants: frozenset[str] | None = None) -> Sequence[Any]:
    pi = PROCESS_INSTANCE
    columns = dict(SORT_COLUMNS, lockExpirationTime=_lock_deadline())
    order = order_terms(columns, query.sorting, JOB.c.key, postgres=conn.dialect.name == "postgresql")
    stmt = (sa.select(JOB, pi.c.business_key).select_from(JOB.outerjoin(pi, pi.c.key == JOB.c.process_instance_key))
            .where(*conditions(query, now=now, tenants=tenants)).order_by(*order))
    return conn.execute(page(stmt, first, maximum)).all()


def count_tasks(conn: Connection, *, query: ExternalTaskQuery, now: int, tenants: frozenset[str] | None = None
                ) -> int:
    stmt = sa.select(sa.func.count()).select_from(JOB).where(*conditions(query, now=now, tenants=tenants))
    return int(conn.execute(stmt).scalar_one())
