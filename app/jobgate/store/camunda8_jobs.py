"""Camunda 8's view of jobs (/v2): its job search, the facts an activated job carries beyond a claim's, and
PATCH /jobs/{jobKey} (retries, lease timeout, priority).

Camunda 8 reports a job's state from its last event: CREATED until it fails (FAILED, also while retries are left)
and then COMPLETED or ERROR_THROWN; activation is no state of its own. Completed jobs stay searchable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import flow
from jobgate.store.errors import JobNotCommandable, JobNotFound
from jobgate.store.flow import Wake
from jobgate.store.queries import equals, order_terms
from jobgate.store.tables import ACTIVATABLE, ACTIVATED, COMPLETED, ERROR_THROWN, FAILED, JOB, PROCESS_INSTANCE

c = JOB.c
FAILED_WITH_RETRIES_LEFT = sa.and_(c.state.in_((ACTIVATABLE, ACTIVATED)), c.exception_message.is_not(None))
STATE = sa.case(
    (c.state == COMPLETED, "COMPLETED"),
    (c.state == ERROR_THROWN, "ERROR_THROWN"),
    (c.state == FAILED, "FAILED"),
    (FAILED_WITH_RETRIES_LEFT, "FAILED"),
    else_="CREATED",
)
# Filter and sort fields (Camunda 8's names) -> expressions.
FIELDS: dict[str, Any] = {
    "jobKey": c.key, "type": c.type, "worker": c.worker, "state": STATE, "processDefinitionId": c.bpmn_process_id,
    "processDefinitionKey": c.process_definition_key, "processInstanceKey": c.process_instance_key,
    "elementId": c.element_id, "elementInstanceKey": c.element_instance_key, "tenantId": c.tenant_id,
    "retries": c.retries, "priority": c.priority, "deadline": c.deadline, "creationTime": c.create_time,
    "errorCode": c.error_code,
}
_COLUMNS = (c.key, c.type, c.worker, c.state, c.bpmn_process_id, c.process_definition_key, c.process_instance_key,
            c.element_id, c.element_instance_key, c.tenant_id, c.retries, c.priority, c.deadline, c.create_time,
            c.error_code, c.exception_message, c.custom_headers, STATE.label("c8_state"),
            FAILED_WITH_RETRIES_LEFT.label("failed_with_retries_left"), PROCESS_INSTANCE.c.business_key)
_FROM = JOB.outerjoin(PROCESS_INSTANCE, PROCESS_INSTANCE.c.key == c.process_instance_key)


@dataclass(frozen=True, kw_only=True)
class JobSearch:
    """Exact-value filters by Camunda 8 field name (tenantId None: jobs without a tenant), sort, offset paging."""

    equal: Mapping[str, Any] = field(default_factory=dict)
    failed_with_retries_left: bool | None = None
    sorting: Sequence[tuple[str, bool]] = ()  # (field, descending)
    first: int = 0
    limit: int = 100


def _conditions(q: JobSearch, tenants: frozenset[str] | None) -> list[Any]:
    where: list[Any] = []
    for name, value in q.equal.items():
        column = FIELDS[name]
        where.append(column.is_(None) if value is None else equals(column, value))
    if q.failed_with_retries_left is not None:
        where.append(FAILED_WITH_RETRIES_LEFT if q.failed_with_retries_left else sa.not_(FAILED_WITH_RETRIES_LEFT))
    if tenants is not None:  # the caller's tenants, and jobs without one
        where.append(sa.or_(c.tenant_id.is_(None), c.tenant_id.in_(sorted(tenants))))
    return where


def search(conn: Connection, *, query: JobSearch, tenants: frozenset[str] | None = None) -> tuple[list[Any], int]:
    """One page of matching jobs (with their instance's business key), and how many match in all."""
    where = _conditions(query, tenants)
    total = conn.execute(sa.select(sa.func.count()).select_from(JOB).where(*where)).scalar_one()
    order = order_terms(FIELDS, query.sorting, c.key, postgres=conn.dialect.name == "postgresql")
    stmt = sa.select(*_COLUMNS).select_from(_FROM).where(*where).order_by(*order).offset(query.first) \
        .limit(query.limit)
    return list(conn.execute(stmt).all()), int(total)


_FACTS = sa.select(c.key, c.tenant_id, c.priority, PROCESS_INSTANCE.c.business_key).select_from(_FROM).where(
    c.key.in_(sa.bindparam("keys", expanding=True)))


def activation_facts(conn: Connection, *, keys: Sequence[int]) -> dict[int, tuple[str | None, int, str | None]]:
    """Per job key: tenant, priority and the instance's business key (what /v2 adds to an activated job)."""
    return {r.key: (r.tenant_id, r.priority, r.business_key) for r in conn.execute(_FACTS, {"keys": list(keys)})}


def update(conn: Connection, *, key: int, retries: int | None, timeout_ms: int | None, priority: int | None,
           now: int, tenants: frozenset[str] | None = None) -> Wake:
    """Change a job that has not ended. `timeout_ms`: an activated job's lease ends now + timeout_ms (any other
    state is a JobNotCommandable); `retries` as flow.set_retries (raising them resolves an incident)."""
    stmt = sa.select(JOB).where(c.key == key)
    job = conn.execute(stmt.with_for_update() if conn.dialect.name == "postgresql" else stmt).first()
    if job is None or job.state in (COMPLETED, ERROR_THROWN) or (
            tenants is not None and job.tenant_id is not None and job.tenant_id not in tenants):
        raise JobNotFound(key)
    if timeout_ms is not None and job.state != ACTIVATED:
        raise JobNotCommandable(key, job.state, "update the timeout of")
    wake = Wake()
    if retries is not None:
        wake = flow.set_retries(conn, key=key, retries=retries, tenants=tenants)
    values: dict[str, Any] = {}
    if priority is not None:
        values["priority"] = priority
    if timeout_ms is not None:
        values["deadline"] = now + timeout_ms
        wake = Wake(now=wake.now, later=((job.type, now + timeout_ms),), events=wake.events)
    if values:
        conn.execute(sa.update(JOB).where(c.key == key).values(**values))
    return wake
