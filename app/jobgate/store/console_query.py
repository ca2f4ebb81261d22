"""What the operator console reads: jobs by type and state, incidents, a job search over every state, one job.

HTTP-free like the rest of the store. Every function keeps to the caller's tenants (`tenants`, None: every tenant;
jobs without a tenant are visible to everyone): a job of another tenant does not exist for the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from jobgate.store.errors import JobNotFound
from jobgate.store.flow import Wake
from jobgate.store.instance_jobs import resubmit_instance_job
from jobgate.store.queries import equals, one_of
from jobgate.store.status import IS_INCIDENT, STATES
from jobgate.store.tables import JOB

INCIDENT = "incident"  # a search state beside the stored ones: failed without retries, or error_thrown
SEARCH_STATES = (*STATES, INCIDENT)
ROW_COLUMNS = (
    JOB.c.key, JOB.c.type, JOB.c.state, JOB.c.retries, JOB.c.suspended, JOB.c.element_id, JOB.c.bpmn_process_id,
    JOB.c.process_instance_key, JOB.c.tenant_id, JOB.c.create_time, JOB.c.due_date, JOB.c.worker, JOB.c.deadline,
    JOB.c.exception_message,
)


@dataclass(frozen=True, kw_only=True)
class JobSearch:
    """Conditions of a console job search; each given one narrows (AND)."""

    type: str | None = None
    state: str | None = None  # one of SEARCH_STATES
    bpmn_process_id: str | None = None
    tenant_id: str | None = None
    process_instance_key: int | None = None


@dataclass(frozen=True)
class Page:
    rows: Sequence[Any]
    total: int
    offset: int
    limit: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.rows) < self.total


@dataclass(frozen=True)
class Overview:
    by_type: dict[str, dict[str, int]]  # job type -> state -> number of jobs (every state of STATES)
    incidents: int


def _visible(tenants: frozenset[str] | None) -> list[ColumnElement[bool]]:
    if tenants is None:
        return []
    return [sa.or_(JOB.c.tenant_id.is_(None), one_of(JOB.c.tenant_id, sorted(tenants)))]


def _conditions(search: JobSearch) -> list[ColumnElement[bool]]:
    terms: list[ColumnElement[bool]] = []
    if search.type is not None:
        terms.append(equals(JOB.c.type, search.type))
    if search.state == INCIDENT:
        terms.append(IS_INCIDENT)
    elif search.state is not None:
        terms.append(equals(JOB.c.state, search.state))
    if search.bpmn_process_id is not None:
        terms.append(equals(JOB.c.bpmn_process_id, search.bpmn_process_id))
    if search.tenant_id is not None:
        terms.append(equals(JOB.c.tenant_id, search.tenant_id))
    if search.process_instance_key is not None:
        terms.append(JOB.c.process_instance_key == search.process_instance_key)
    return terms


def _page(conn: Connection, columns: Sequence[Any], terms: list[ColumnElement[bool]], offset: int,
          limit: int) -> Page:
    rows = conn.execute(sa.select(*columns).where(*terms).order_by(JOB.c.key).offset(offset).limit(limit)).all()
    total = conn.execute(sa.select(sa.func.count()).select_from(JOB).where(*terms)).scalar_one()
    return Page(rows=rows, total=int(total), offset=offset, limit=limit)


def search_jobs(conn: Connection, *, search: JobSearch, offset: int, limit: int,
                tenants: frozenset[str] | None = None) -> Page:
    """Jobs in every state (runtime and finished) matching `search`, by key, `limit` from `offset`, and the total."""
    return _page(conn, ROW_COLUMNS, [*_conditions(search), *_visible(tenants)], offset, limit)


def list_incidents(conn: Connection, *, offset: int, limit: int, tenants: frozenset[str] | None = None) -> Page:
    """Open incidents (oldest first) with their exception message and stack trace."""
    return _page(conn, (*ROW_COLUMNS, JOB.c.exception_trace, JOB.c.error_code), [IS_INCIDENT, *_visible(tenants)],
                 offset, limit)


def overview(conn: Connection, *, tenants: frozenset[str] | None = None) -> Overview:
    """Jobs per type and state (one GROUP BY) and the number of open incidents."""
    by_type: dict[str, dict[str, int]] = {}
    visible = _visible(tenants)
    rows = conn.execute(sa.select(JOB.c.type, JOB.c.state, sa.func.count()).where(*visible)
                        .group_by(JOB.c.type, JOB.c.state))
    for job_type, state, n in rows:
        by_type.setdefault(str(job_type), dict.fromkeys(STATES, 0))[str(state)] = int(n)
    incidents = conn.execute(sa.select(sa.func.count()).select_from(JOB).where(IS_INCIDENT, *visible)).scalar_one()
    return Overview(by_type=dict(sorted(by_type.items())), incidents=int(incidents))


def get_job(conn: Connection, *, key: int, tenants: frozenset[str] | None = None) -> Any:
    """One job in any state, with its custom headers and stack trace; JobNotFound when absent or not visible."""
    row = conn.execute(sa.select(JOB).where(JOB.c.key == key, *_visible(tenants))).first()
    if row is None:
        raise JobNotFound(key)
    return row


def resubmit_job(conn: Connection, *, key: int, now: int, tenants: frozenset[str] | None = None) -> Wake:
    """OPA's resubmit of a job by its key alone (a job under a live lease is JobExecuting, as there)."""
    row = get_job(conn, key=key, tenants=tenants)
    _item, wake = resubmit_instance_job(conn, instance_key=row.process_instance_key, job_key=key, tenant=None,
                                        now=now, tenants=tenants)
    return wake
