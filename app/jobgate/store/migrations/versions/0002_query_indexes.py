"""Indexes for the Camunda 7 and OPA list filters.

Lists sort nulls first (ascending) on every backend. SQLite's ascending indexes already put NULL first; on
PostgreSQL the due-date indexes say NULLS FIRST so ordered scans need no sort step.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    due = sa.text("due_date NULLS FIRST") if postgres else "due_date"
    op.create_index("ix_job_bpmn_due", "job", ["bpmn_process_id", due, "key"])
    op.create_index("ix_job_state_due", "job", ["state", due, "key"])
    op.create_index("ix_job_definition", "job", ["job_definition_id"])
    op.create_index("ix_job_tenant", "job", ["tenant_id"])


def downgrade() -> None:
    for name in ("ix_job_bpmn_due", "ix_job_state_due", "ix_job_definition", "ix_job_tenant"):
        op.drop_index(name, table_name="job")
