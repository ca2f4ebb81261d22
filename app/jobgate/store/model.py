"""Plain input and output records of the store (independent of any dialect's wire format)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, kw_only=True)
class TaskSpec:
    element_id: str
    type: str
    name: str | None = None
    kind: str = "message"
    job_type: str | None = None
    job_configuration: str | None = None
    overriding_job_priority: int | None = None
    suspended: bool = False


@dataclass(frozen=True, kw_only=True)
class DefinitionSpec:
    bpmn_process_id: str
    tasks: list[TaskSpec]
    name: str | None = None
    tenant_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class JobFixture:
    """A job to create as it is (tests and demos); None means the documented default."""

    element_id: str | None = None
    state: str | None = None
    retries: int | None = None
    due_date: int | None = None
    create_time: int | None = None
    priority: int | None = None
    suspended: bool | None = None
    exception_message: str | None = None
    exception_trace: str | None = None
    failed_activity_id: str | None = None
    batch_id: str | None = None
    custom_headers: dict[str, str] | None = None
    worker: str | None = None
    deadline: int | None = None


@dataclass(frozen=True, kw_only=True)
class InstanceSpec:
    bpmn_process_id: str | None = None
    process_definition_key: int | None = None
    version: int | None = None
    tenant_id: str | None = None
    business_key: str | None = None
    variables: dict[str, Any] = field(default_factory=dict)
    jobs: list[JobFixture] | None = None
    count: int = 1


@dataclass(frozen=True, kw_only=True)
class DeployedJobDefinition:
    id: int
    element_id: str
    type: str
    kind: str
    position: int


@dataclass(frozen=True, kw_only=True)
class DeployedDefinition:
    key: int
    process_definition_id: str
    bpmn_process_id: str
    name: str | None
    version: int
    tenant_id: str | None
    deployment_key: int
    job_definitions: list[DeployedJobDefinition]


@dataclass(frozen=True, kw_only=True)
class CreatedJob:
    key: int
    element_id: str
    job_definition_id: int


@dataclass(frozen=True, kw_only=True)
class StartedInstance:
    key: int
    process_definition_key: int
    process_definition_id: str
    bpmn_process_id: str
    version: int
    jobs: list[CreatedJob]


@dataclass(frozen=True, kw_only=True)
class InstanceJob:
    key: int
    element_id: str
    type: str
    state: str
    retries: int


@dataclass(frozen=True, kw_only=True)
class InstanceView:
    key: int
    process_definition_key: int
    process_definition_id: str
    bpmn_process_id: str
    version: int
    state: str
    business_key: str | None
    tenant_id: str | None
    variables: dict[str, Any]
    jobs: list[InstanceJob]


@dataclass(frozen=True, kw_only=True)
class LoadResult:
    definitions: int
    instances: int
    jobs: int
    claimable_types: frozenset[str] = frozenset()
