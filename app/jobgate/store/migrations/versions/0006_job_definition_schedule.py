"""Scheduled job-definition suspension changes (Camunda 7 executionDate in the future).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")


def upgrade() -> None:
    op.create_table(
        "job_definition_schedule",
        sa.Column("id", KEY, primary_key=True, autoincrement=True),
        sa.Column("job_definition_id", sa.BigInteger(), nullable=True),
        sa.Column("process_definition_id", sa.Text(), nullable=True),
        sa.Column("bpmn_process_id", sa.Text(), nullable=True),
        sa.Column("tenant_id", sa.Text(), nullable=True),
        sa.Column("without_tenant", sa.Boolean(), nullable=False),
        sa.Column("tenants", JSON, nullable=True),
        sa.Column("suspended", sa.Boolean(), nullable=False),
        sa.Column("include_jobs", sa.Boolean(), nullable=False),
        sa.Column("execution_date", sa.BigInteger(), nullable=False),
        sa.Column("created", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_jds_execution", "job_definition_schedule", ["execution_date", "id"])


def downgrade() -> None:
    op.drop_index("ix_jds_execution", table_name="job_definition_schedule")
    op.drop_table("job_definition_schedule")
