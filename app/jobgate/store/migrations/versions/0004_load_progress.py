"""Progress of `jobgate load`: one row per JSON-lines file, so an interrupted load continues without duplicates.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "load_progress",
        sa.Column("fingerprint", sa.String(64), primary_key=True),
        sa.Column("source", sa.String(1024), nullable=False),
        sa.Column("lines_done", sa.BigInteger(), nullable=False),
        sa.Column("prefix_sha256", sa.String(64), nullable=False),
        sa.Column("total_lines", sa.BigInteger(), nullable=False),
        sa.Column("definitions", sa.BigInteger(), nullable=False),
        sa.Column("instances", sa.BigInteger(), nullable=False),
        sa.Column("jobs", sa.BigInteger(), nullable=False),
        sa.Column("started_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("finished_at", sa.BigInteger()),
    )


def downgrade() -> None:
    op.drop_table("load_progress")
