"""SQLModel tables of the job store (docs/design.md).

Times are epoch milliseconds (UTC) in BIGINT columns: they compare and sort the same way on SQLite and
PostgreSQL and need no time-zone handling. Keys come from one int64 sequence per store (see keys.py).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlmodel import Field, SQLModel

# A BIGINT primary key that is a rowid alias on SQLite (INTEGER PRIMARY KEY) and BIGINT elsewhere.
KeyType = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

# Job states (Zeebe names); the runtime ones are listed by the Camunda 7 and OPA views.
ACTIVATABLE = "activatable"
ACTIVATED = "activated"
FAILED = "failed"
ERROR_THROWN = "error_thrown"
COMPLETED = "completed"
RUNTIME_STATES = (ACTIVATABLE, ACTIVATED, FAILED)
CLAIMABLE_STATES = (ACTIVATABLE, ACTIVATED)
# The runtime-state test as a literal: no per-execution IN-list expansion (slow in SQLAlchemy), plannable.
IS_RUNTIME: Any = sa.literal_column("job.state IN ('activatable', 'activated', 'failed')")


def _key(**kw: Any) -> Any:
    return Field(sa_column=sa.Column(KeyType, primary_key=True, autoincrement=False), **kw)


def _big(nullable: bool = False, index: bool = False) -> Any:
    return Field(default=None, sa_column=sa.Column(sa.BigInteger(), nullable=nullable, index=index))


class KeySequence(SQLModel, table=True):
    """One row per store: the next free int64 key."""

    __tablename__ = "key_sequence"
    id: int = Field(sa_column=sa.Column(sa.Integer(), primary_key=True, autoincrement=False))
    next_key: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))


class ProcessDefinition(SQLModel, table=True):
    __tablename__ = "process_definition"
    __table_args__ = (sa.Index("ix_pd_bpmn_version", "bpmn_process_id", "tenant_id", "version"),)
    key: int = _key()
    bpmn_process_id: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    version: int = Field(sa_column=sa.Column(sa.Integer(), nullable=False))
    name: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    tenant_id: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    deployment_key: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    deploy_time: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))


class JobDefinition(SQLModel, table=True):
    __tablename__ = "job_definition"
    __table_args__ = (sa.Index("ix_jd_pd_position", "process_definition_key", "position"),)
    id: int = _key()
    process_definition_key: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    # Denormalised from the process definition, so queries need no joins.
    process_definition_id: str = Field(sa_column=sa.Column(sa.String(300), nullable=False))
    bpmn_process_id: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    deployment_key: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    element_id: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    name: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    type: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    kind: str = Field(sa_column=sa.Column(sa.String(16), nullable=False))
    job_type: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    job_configuration: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    overriding_job_priority: int | None = _big(nullable=True)
    suspended: bool = Field(sa_column=sa.Column(sa.Boolean(), nullable=False))
    position: int = Field(sa_column=sa.Column(sa.Integer(), nullable=False))
    tenant_id: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))


class ProcessInstance(SQLModel, table=True):
    __tablename__ = "process_instance"
    key: int = _key()
    process_definition_key: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False, index=True))
    bpmn_process_id: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    version: int = Field(sa_column=sa.Column(sa.Integer(), nullable=False))
    business_key: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    variables: dict[str, Any] = Field(default_factory=dict, sa_column=sa.Column(JSONType, nullable=False))
    state: str = Field(sa_column=sa.Column(sa.String(16), nullable=False))
    tenant_id: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    start_time: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    end_time: int | None = _big(nullable=True)


class Job(SQLModel, table=True):
    __tablename__ = "job"
    __table_args__ = (
        # Activation (partial, so finished jobs never slow a claim): ready jobs of a type in key order, and
        # leases of a type by deadline (expired ones are claimable again).
        sa.Index("ix_job_ready", "type", "key", sqlite_where=sa.text("state = 'activatable'"),
                 postgresql_where=sa.text("state = 'activatable'")),
        sa.Index("ix_job_lease", "type", "deadline", sqlite_where=sa.text("state = 'activated'"),
                 postgresql_where=sa.text("state = 'activated'")),
        sa.Index("ix_job_instance", "process_instance_key", "key"),
        # Camunda/OPA lists (on PostgreSQL the migration makes due_date NULLS FIRST, matching the sort order).
        sa.Index("ix_job_bpmn_due", "bpmn_process_id", "due_date", "key"),
        sa.Index("ix_job_definition", "job_definition_id"),
        sa.Index("ix_job_state_due", "state", "due_date", "key"),
        sa.Index("ix_job_tenant", "tenant_id"),
    )
    key: int = _key()
    job_definition_id: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    process_instance_key: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    element_instance_key: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    state: str = Field(sa_column=sa.Column(sa.String(16), nullable=False))
    retries: int = Field(sa_column=sa.Column(sa.Integer(), nullable=False))
    due_date: int | None = _big(nullable=True)
    create_time: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    priority: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    suspended: bool = Field(sa_column=sa.Column(sa.Boolean(), nullable=False))
    exception_message: str | None = Field(default=None, sa_column=sa.Column(sa.Text()))
    exception_trace: str | None = Field(default=None, sa_column=sa.Column(sa.Text()))
    failed_activity_id: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    batch_id: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    custom_headers: dict[str, Any] = Field(default_factory=dict, sa_column=sa.Column(JSONType, nullable=False))
    worker: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    deadline: int | None = _big(nullable=True)
    error_code: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    # Denormalised from the definitions so list queries need no joins.
    type: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    kind: str = Field(sa_column=sa.Column(sa.String(16), nullable=False))
    element_id: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    element_name: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    tenant_id: str | None = Field(default=None, sa_column=sa.Column(sa.String(255)))
    bpmn_process_id: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    process_definition_key: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    process_definition_id: str = Field(sa_column=sa.Column(sa.String(300), nullable=False))
    version: int = Field(sa_column=sa.Column(sa.Integer(), nullable=False))


class LoadProgress(SQLModel, table=True):
    """How far `jobgate load` got with one JSON-lines file; updated in the transaction of each batch."""

    __tablename__ = "load_progress"
    # sha256 of the file's content when its load began (the load's identity).
    fingerprint: str = Field(sa_column=sa.Column(sa.String(64), primary_key=True))
    source: str = Field(sa_column=sa.Column(sa.String(1024), nullable=False))
    # Lines 1..lines_done are committed; prefix_sha256 is the hash of exactly those lines (see store/file_load.py).
    lines_done: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    prefix_sha256: str = Field(sa_column=sa.Column(sa.String(64), nullable=False))
    total_lines: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    definitions: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    instances: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    jobs: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    started_at: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    updated_at: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    finished_at: int | None = _big(nullable=True)


def table(model: type[SQLModel]) -> sa.Table:
    """The Core table of a SQLModel table class (queries use Core for speed)."""
    t = model.__table__  # type: ignore[attr-defined]
    assert isinstance(t, sa.Table)
    return t


KEY_SEQUENCE = table(KeySequence)
PROCESS_DEFINITION = table(ProcessDefinition)
JOB_DEFINITION = table(JobDefinition)
PROCESS_INSTANCE = table(ProcessInstance)
JOB = table(Job)
LOAD_PROGRESS = table(LoadProgress)


class User(SQLModel, table=True):
    """A user of HTTP Basic authentication (app/jobgate/auth/users.py): an argon2id hash, never the password."""

    __tablename__ = "jobgate_user"
    name: str = Field(sa_column=sa.Column(sa.String(128), primary_key=True))
    password_hash: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    roles: str = Field(sa_column=sa.Column(sa.String(100), nullable=False))  # comma-separated, sorted
    all_tenants: bool = Field(sa_column=sa.Column(sa.Boolean(), nullable=False))
    tenants: list[str] = Field(default_factory=list, sa_column=sa.Column(JSONType, nullable=False))
    created_at: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    updated_at: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))


USER = table(User)


# NULL (not JSON null) when the caller had no tenant restriction; a list (possibly empty) when it had one.
NullableJSON = sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")


class JobDefinitionSchedule(SQLModel, table=True):
    """A job-definition suspension change with a future executionDate (Camunda 7), carried out at that time by
    jobgate.scheduler through jobgate.store.job_definition_schedule.apply_due, then deleted."""

    __tablename__ = "job_definition_schedule"
    __table_args__ = (sa.Index("ix_jds_execution", "execution_date", "id"),)
    id: int = Field(sa_column=sa.Column(KeyType, primary_key=True, autoincrement=True))
    # The selector (jobgate.store.job_definition_ops.Selector); texts unbounded, as a request may send them.
    job_definition_id: int | None = _big(nullable=True)
    process_definition_id: str | None = Field(default=None, sa_column=sa.Column(sa.Text()))
    bpmn_process_id: str | None = Field(default=None, sa_column=sa.Column(sa.Text()))
    tenant_id: str | None = Field(default=None, sa_column=sa.Column(sa.Text()))
    without_tenant: bool = Field(sa_column=sa.Column(sa.Boolean(), nullable=False))
    # The tenants the caller could see (None: every tenant): the change keeps to them when it runs.
    tenants: list[str] | None = Field(default=None, sa_column=sa.Column(NullableJSON))
    suspended: bool = Field(sa_column=sa.Column(sa.Boolean(), nullable=False))
    include_jobs: bool = Field(sa_column=sa.Column(sa.Boolean(), nullable=False))
    execution_date: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))
    created: int = Field(sa_column=sa.Column(sa.BigInteger(), nullable=False))


JOB_DEFINITION_SCHEDULE = table(JobDefinitionSchedule)
