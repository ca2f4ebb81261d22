"""Initial schema: definitions, instances, jobs, the key sequence, and the activation index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # INTEGER PRIMARY KEY is SQLite's rowid alias
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
FIRST_KEY = 2**51 + 1
CLAIMABLE = sa.text("state IN ('activatable', 'activated')")


def upgrade() -> None:
    op.create_table(
        "key_sequence",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("next_key", sa.BigInteger(), nullable=False),
    )
    op.bulk_insert(sa.table("key_sequence", sa.column("id"), sa.column("next_key")), [{"id": 1, "next_key": FIRST_KEY}])
    op.create_table(
        "process_definition",
        sa.Column("key", KEY, primary_key=True, autoincrement=False),
        sa.Column("bpmn_process_id", sa.String(255), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(255)),
        sa.Column("tenant_id", sa.String(255)),
        sa.Column("deployment_key", sa.BigInteger(), nullable=False),
        sa.Column("deploy_time", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_pd_bpmn_version", "process_definition", ["bpmn_process_id", "tenant_id", "version"])
    op.create_table(
        "job_definition",
        sa.Column("id", KEY, primary_key=True, autoincrement=False),
        sa.Column("process_definition_key", sa.BigInteger(), nullable=False),
        sa.Column("process_definition_id", sa.String(300), nullable=False),
        sa.Column("bpmn_process_id", sa.String(255), nullable=False),
        sa.Column("deployment_key", sa.BigInteger(), nullable=False),
        sa.Column("element_id", sa.String(255), nullable=False),
        sa.Column("name", sa.String(255)),
        sa.Column("type", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("job_type", sa.String(255), nullable=False),
        sa.Column("job_configuration", sa.String(255), nullable=False),
        sa.Column("overriding_job_priority", sa.BigInteger()),
        sa.Column("suspended", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.String(255)),
    )
    op.create_index("ix_jd_pd_position", "job_definition", ["process_definition_key", "position"])
    op.create_table(
        "process_instance",
        sa.Column("key", KEY, primary_key=True, autoincrement=False),
        sa.Column("process_definition_key", sa.BigInteger(), nullable=False),
        sa.Column("bpmn_process_id", sa.String(255), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("business_key", sa.String(255)),
        sa.Column("variables", JSON, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("tenant_id", sa.String(255)),
        sa.Column("start_time", sa.BigInteger(), nullable=False),
        sa.Column("end_time", sa.BigInteger()),
    )
    op.create_index("ix_process_instance_process_definition_key", "process_instance", ["process_definition_key"])
    op.create_table(
        "job",
        sa.Column("key", KEY, primary_key=True, autoincrement=False),
        sa.Column("job_definition_id", sa.BigInteger(), nullable=False),
        sa.Column("process_instance_key", sa.BigInteger(), nullable=False),
        sa.Column("element_instance_key", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("retries", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.BigInteger()),
        sa.Column("create_time", sa.BigInteger(), nullable=False),
        sa.Column("priority", sa.BigInteger(), nullable=False),
        sa.Column("suspended", sa.Boolean(), nullable=False),
        sa.Column("exception_message", sa.Text()),
        sa.Column("exception_trace", sa.Text()),
        sa.Column("failed_activity_id", sa.String(255)),
        sa.Column("batch_id", sa.String(255)),
        sa.Column("custom_headers", JSON, nullable=False),
        sa.Column("worker", sa.String(255)),
        sa.Column("deadline", sa.BigInteger()),
        sa.Column("error_code", sa.String(255)),
        sa.Column("type", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("element_id", sa.String(255), nullable=False),
        sa.Column("element_name", sa.String(255)),
        sa.Column("tenant_id", sa.String(255)),
        sa.Column("bpmn_process_id", sa.String(255), nullable=False),
        sa.Column("process_definition_key", sa.BigInteger(), nullable=False),
        sa.Column("process_definition_id", sa.String(300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    # Activation: claimable jobs of a type in key order; partial, so finished jobs never slow a claim.
    op.create_index("ix_job_claim", "job", ["type", "key"], sqlite_where=CLAIMABLE, postgresql_where=CLAIMABLE)
    op.create_index("ix_job_instance", "job", ["process_instance_key", "key"])


def downgrade() -> None:
    op.drop_table("job")
    op.drop_table("process_instance")
    op.drop_table("job_definition")
    op.drop_table("process_definition")
    op.drop_table("key_sequence")
