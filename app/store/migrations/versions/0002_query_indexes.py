"""Indexes for the Camunda 7 and OPA list filters.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_job_bpmn_due": ["bpmn_process_id", "due_date"],
    "ix_job_definition": ["job_definition_id"],
    "ix_job_state_due": ["state", "due_date"],
    "ix_job_tenant": ["tenant_id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "job", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="job")
