"""What `jobgate status` reports: jobs by type and state, and the incidents (docs/design.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store.file_load import Progress, unfinished
from jobgate.store.tables import ACTIVATABLE, ACTIVATED, COMPLETED, ERROR_THROWN, FAILED, JOB

STATES = (ACTIVATABLE, ACTIVATED, FAILED, COMPLETED, ERROR_THROWN)
# An incident: a failed job without retries left, or a job that threw a BPMN error.
IS_INCIDENT = sa.or_(sa.and_(JOB.c.state == FAILED, JOB.c.retries == 0), JOB.c.state == ERROR_THROWN)


@dataclass(frozen=True)
class TypeCounts:
    type: str
    counts: dict[str, int] = field(default_factory=dict)  # state -> number of jobs (every state of STATES)


@dataclass(frozen=True)
class Incident:
    key: int
    type: str
    process_instance_key: int
    state: str
    exception_message: str | None


@dataclass(frozen=True)
class StoreStatus:
    by_type: list[TypeCounts]
    incidents: list[Incident]  # the oldest first, at most the limit asked for
    incident_total: int
    unfinished_loads: list[Progress]


def store_status(conn: Connection, *, incident_limit: int) -> StoreStatus:
    """Jobs per type and state, the first `incident_limit` incidents by key, and loads that did not finish."""
    counts: dict[str, dict[str, int]] = {}
    rows = conn.execute(sa.select(JOB.c.type, JOB.c.state, sa.func.count()).group_by(JOB.c.type, JOB.c.state))
    for job_type, state, n in rows:
        counts.setdefault(job_type, dict.fromkeys(STATES, 0))[state] = int(n)
    incidents = conn.execute(
        sa.select(JOB.c.key, JOB.c.type, JOB.c.process_instance_key, JOB.c.state, JOB.c.exception_message)
        .where(IS_INCIDENT).order_by(JOB.c.key).limit(incident_limit)
    ).all()
    total = conn.execute(sa.select(sa.func.count()).select_from(JOB).where(IS_INCIDENT)).scalar_one()
    return StoreStatus(
        by_type=[TypeCounts(t, counts[t]) for t in sorted(counts)],
        incidents=[Incident(key=r.key, type=r.type, process_instance_key=r.process_instance_key, state=r.state,
                            exception_message=r.exception_message) for r in incidents],
        incident_total=int(total),
        unfinished_loads=unfinished(conn),
    )


_BY_STATE = sa.select(JOB.c.state, sa.func.count()).group_by(JOB.c.state)


def count_by_state(conn: Connection) -> dict[str, int]:
    """Jobs per state, one GROUP BY (the jobgate_jobs gauge)."""
    return {str(state): int(n) for state, n in conn.execute(_BY_STATE)}
