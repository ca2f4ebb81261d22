"""Job definition queries with Camunda 7's filter semantics."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from jobgate.store.queries import equals, one_of, order_terms, page, tenant_condition
from jobgate.store.tables import JOB_DEFINITION

JD = JOB_DEFINITION
SORT_COLUMNS: dict[str, Any] = {
    "id": JD.c.id,
    "element_id": JD.c.element_id,
    "process_definition_id": JD.c.process_definition_id,
    "bpmn_process_id": JD.c.bpmn_process_id,
    "job_type": JD.c.job_type,
    "job_configuration": JD.c.job_configuration,
    "tenant_id": JD.c.tenant_id,
}


@dataclass(frozen=True, kw_only=True)
class JobDefinitionQuery:
    """Filters over job definitions; every given condition narrows (AND)."""

    id: int | None = None
    element_ids: Sequence[str] | None = None
    process_definition_id: str | None = None
    bpmn_process_id: str | None = None
    job_type: str | None = None
    job_configuration: str | None = None
    active: bool = False
    suspended: bool = False
    with_overriding_job_priority: bool = False
    tenant_ids: Sequence[str] | None = None
    include_without_tenant: bool = False
    without_tenant: bool = False
    sorting: Sequence[tuple[str, bool]] = ()


def conditions(q: JobDefinitionQuery, tenants: frozenset[str] | None = None) -> list[ColumnElement[bool]]:
    """WHERE terms of a query; `tenants` (None: no restriction) keeps to those tenants and tenant-less ones."""
    c = JD.c
    terms: list[ColumnElement[bool]] = []
    for column, value in ((c.id, q.id), (c.process_definition_id, q.process_definition_id),
                          (c.bpmn_process_id, q.bpmn_process_id), (c.job_type, q.job_type),
                          (c.job_configuration, q.job_configuration)):
        if value is not None:
            terms.append(equals(column, value))
    if q.element_ids:  # an empty activityIdIn is no filter, as in the engine
        terms.append(one_of(c.element_id, q.element_ids))
    if q.suspended:
        terms.append(c.suspended.is_(True))
    elif q.active:
        terms.append(c.suspended.is_(False))
    if q.with_overriding_job_priority:
        terms.append(c.overriding_job_priority.is_not(None))
    tenant = tenant_condition(c.tenant_id, tenant_ids=q.tenant_ids, include_without=q.include_without_tenant,
                              without=q.without_tenant)
    if tenant is not None:
        terms.append(tenant)
    if tenants is not None:  # ANDed with tenantIdIn: a foreign tenant asked for yields nothing
        terms.append(sa.or_(c.tenant_id.is_(None), one_of(c.tenant_id, sorted(tenants))))
    return terms


def list_job_definitions(conn: Connection, *, query: JobDefinitionQuery, first: int | None = None,
                         maximum: int | None = None, tenants: frozenset[str] | None = None) -> Sequence[sa.Row[Any]]:
    postgres = conn.dialect.name == "postgresql"
    stmt = sa.select(JD).where(*conditions(query, tenants))
    stmt = stmt.order_by(*order_terms(SORT_COLUMNS, query.sorting, JD.c.id, postgres=postgres))
    return conn.execute(page(stmt, first, maximum)).all()


def count_job_definitions(conn: Connection, *, query: JobDefinitionQuery,
                          tenants: frozenset[str] | None = None) -> int:
    stmt = sa.select(sa.func.count()).select_from(JD).where(*conditions(query, tenants))
    return int(conn.execute(stmt).scalar_one())
