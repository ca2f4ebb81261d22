"""Activation: atomically claim claimable jobs of a type, in key order (DESIGN.md section 4).

One statement per claim: `UPDATE job ... WHERE key IN (SELECT key ... ORDER BY key LIMIT n) RETURNING ...`.
On SQLite it runs inside BEGIN IMMEDIATE (writers serialise across processes); on PostgreSQL the subquery
takes its rows with FOR UPDATE SKIP LOCKED, so concurrent claimers never wait on, nor share, a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.store.tables import ACTIVATABLE, ACTIVATED, JOB, PROCESS_INSTANCE

# A literal (not bound) state test, so SQLite and PostgreSQL can use the partial index ix_job_claim.
CLAIMABLE = sa.text("job.state IN ('activatable', 'activated')")


@dataclass(frozen=True, kw_only=True)
class ActivatedJob:
    key: int
    type: str
    process_instance_key: int
    bpmn_process_id: str
    version: int
    process_definition_key: int
    element_id: str
    element_instance_key: int
    custom_headers: dict[str, Any]
    worker: str
    retries: int
    deadline: int
    variables: dict[str, Any]


def claimable_condition(now: int) -> list[Any]:
    c = JOB.c
    return [
        CLAIMABLE,
        c.retries > 0,
        c.suspended.is_(False),
        sa.or_(c.due_date.is_(None), c.due_date <= now),
        sa.or_(c.state == ACTIVATABLE, c.deadline <= now),
    ]


def claim(conn: Connection, *, type: str, worker: str, max_jobs: int, timeout_ms: int, now: int,
          fetch_variables: Sequence[str] | None = None) -> list[ActivatedJob]:
    """Claim up to max_jobs jobs of `type` for `worker` until now + timeout_ms; oldest (lowest key) first."""
    c = JOB.c
    pick = sa.select(c.key).where(c.type == type, *claimable_condition(now)).order_by(c.key).limit(max_jobs)
    if conn.dialect.name == "postgresql":
        pick = pick.with_for_update(skip_locked=True)
    deadline = now + timeout_ms
    stmt = (
        sa.update(JOB)
        .where(c.key.in_(pick.scalar_subquery()))
        .values(state=ACTIVATED, worker=worker, deadline=deadline)
        .returning(c.key, c.type, c.process_instance_key, c.bpmn_process_id, c.version, c.process_definition_key,
                   c.element_id, c.element_instance_key, c.custom_headers, c.retries)
    )
    rows = sorted(conn.execute(stmt).all(), key=lambda r: r.key)
    if not rows:
        return []
    pi = PROCESS_INSTANCE
    instance_keys = sorted({r.process_instance_key for r in rows})
    variables = dict(conn.execute(sa.select(pi.c.key, pi.c.variables).where(pi.c.key.in_(instance_keys))).all())
    wanted = set(fetch_variables) if fetch_variables else None
    return [
        ActivatedJob(
            key=r.key, type=r.type, process_instance_key=r.process_instance_key, bpmn_process_id=r.bpmn_process_id,
            version=r.version, process_definition_key=r.process_definition_key, element_id=r.element_id,
            element_instance_key=r.element_instance_key, custom_headers=dict(r.custom_headers or {}),
            worker=worker, retries=r.retries, deadline=deadline,
            variables=_select(variables.get(r.process_instance_key) or {}, wanted),
        )
        for r in rows
    ]


def _select(variables: dict[str, Any], wanted: set[str] | None) -> dict[str, Any]:
    if wanted is None:
        return dict(variables)
    return {k: v for k, v in variables.items() if k in wanted}


def release(conn: Connection, *, keys: Sequence[int], worker: str, deadline: int) -> int:
    """Give back leases that were claimed but never delivered (the waiter went away mid-claim)."""
    c = JOB.c
    stmt = (
        sa.update(JOB)
        .where(c.key.in_(list(keys)), c.state == ACTIVATED, c.worker == worker, c.deadline == deadline)
        .values(state=ACTIVATABLE, worker=None, deadline=None)
    )
    return int(conn.execute(stmt).rowcount or 0)
