# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, RootModel


class TenantId(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='A tenant id; `<default>` stands for "no tenant".',
            max_length=31,
            min_length=1,
            pattern="^(<default>|[\\w\\.\\-]{1,31})$",
        ),
    ]


class Variables(BaseModel):
    """
    Process variables. Every name and text must be storable (no NUL character, no lone UTF-16 surrogate), integers fit in 64 bits, nesting at most 100 levels; the merged variables of the instance are at most JOBGATE_MAX_VARIABLES_BYTES as compact JSON (default 1 MiB). Otherwise 400.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class TenantFilter(StrEnum):
    """
    `PROVIDED` uses `tenantIds`; `ASSIGNED` the caller's tenants (every tenant with authentication off).
    """

    provided = "PROVIDED"
    assigned = "ASSIGNED"


class JobActivationRequest(BaseModel):
    """
    Which jobs to activate, for whom, and for how long.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Annotated[
        str,
        Field(
            description="The job type, as defined in the BPMN process (e.g. `charge-card`).",
            max_length=255,
            min_length=1,
            pattern="^[^\\x00]*$",
        ),
    ]
    worker: Annotated[
        str | None,
        Field(
            description="Name of the worker activating the jobs; stored on each job (empty when absent).",
            max_length=255,
            pattern="^[^\\x00]*$",
        ),
    ] = None
    timeout: Annotated[
        int,
        Field(
            description="How long (milliseconds) the jobs stay leased to this worker (at most 100 years).",
            ge=1,
            le=3153600000000,
        ),
    ]
    max_jobs_to_activate: Annotated[
        int,
        Field(
            alias="maxJobsToActivate",
            description="The most jobs to activate with this request.",
            ge=1,
            le=2147483647,
        ),
    ]
    fetch_variable: Annotated[
        list[str] | None,
        Field(
            alias="fetchVariable",
            description="Names of the variables to return with each job; absent or empty means all.",
        ),
    ] = None
    request_timeout: Annotated[
        int | None,
        Field(
            alias="requestTimeout",
            description="Long-polling timeout in milliseconds: `0` or absent is the server default (JOBGATE_LONG_POLL_TIMEOUT_MS), a negative value answers at once.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    tenant_ids: Annotated[
        list[TenantId] | None,
        Field(
            alias="tenantIds",
            description="The tenants to activate jobs of (`<default>` for jobs without a tenant). Absent or empty means `<default>`.",
        ),
    ] = None
    tenant_filter: Annotated[
        TenantFilter,
        Field(
            alias="tenantFilter",
            description="`PROVIDED` uses `tenantIds`; `ASSIGNED` the caller's tenants (every tenant with authentication off).",
        ),
    ] = TenantFilter.provided
    with_lease: Annotated[
        bool | None,
        Field(
            alias="withLease",
            description="Job lease tokens are not supported; accepted and ignored (no `jobLeaseToken` is returned).",
        ),
    ] = None


class Kind(StrEnum):
    """
    Always `BPMN_ELEMENT`.
    """

    bpmn_element = "BPMN_ELEMENT"
    execution_listener = "EXECUTION_LISTENER"
    task_listener = "TASK_LISTENER"
    ad_hoc_sub_process = "AD_HOC_SUB_PROCESS"


class ListenerEventType(StrEnum):
    """
    Always `UNSPECIFIED`.
    """

    unspecified = "UNSPECIFIED"
    start = "START"
    end = "END"
    creating = "CREATING"
    assigning = "ASSIGNING"
    updating = "UPDATING"
    completing = "COMPLETING"
    canceling = "CANCELING"
    cancel = "CANCEL"
    before_all = "BEFORE_ALL"


class ActivatedJobResult(BaseModel):
    """
    A job leased to a worker until its deadline.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Annotated[str, Field(description="The job type.")]
    process_definition_id: Annotated[
        str,
        Field(
            alias="processDefinitionId",
            description="The BPMN process id of the process definition.",
        ),
    ]
    process_definition_version: Annotated[
        int,
        Field(
            alias="processDefinitionVersion",
            description="The version of the process definition.",
        ),
    ]
    element_id: Annotated[
        str,
        Field(
            alias="elementId",
            description="The id of the BPMN task that created the job.",
        ),
    ]
    custom_headers: Annotated[
        dict[str, Any],
        Field(alias="customHeaders", description="The custom headers of the task."),
    ]
    worker: Annotated[str, Field(description="The worker that activated the job.")]
    retries: Annotated[int, Field(description="Retries left.")]
    deadline: Annotated[
        int, Field(description="When the lease ends (UNIX epoch milliseconds).")
    ]
    variables: Annotated[
        dict[str, Any],
        Field(
            description="The process instance's variables, filtered by `fetchVariable`."
        ),
    ]
    tenant_id: Annotated[
        str,
        Field(
            alias="tenantId",
            description='A tenant id; `<default>` stands for "no tenant".',
            max_length=31,
            min_length=1,
            pattern="^(<default>|[\\w\\.\\-]{1,31})$",
        ),
    ]
    physical_tenant_id: Annotated[
        str,
        Field(
            alias="physicalTenantId",
            description="Always `default` (one physical tenant).",
        ),
    ]
    job_key: Annotated[
        str,
        Field(
            alias="jobKey",
            description="System-generated key of a job, a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ]
    process_instance_key: Annotated[
        str,
        Field(
            alias="processInstanceKey",
            description="System-generated key (process instance, definition, element instance), a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ]
    root_process_instance_key: Annotated[
        str | None,
        Field(
            alias="rootProcessInstanceKey",
            description="The process instance itself (jobgate has no call activities).",
            pattern="^-?[0-9]+$",
        ),
    ]
    process_definition_key: Annotated[
        str,
        Field(
            alias="processDefinitionKey",
            description="System-generated key (process instance, definition, element instance), a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ]
    element_instance_key: Annotated[
        str,
        Field(
            alias="elementInstanceKey",
            description="System-generated key (process instance, definition, element instance), a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ]
    business_id: Annotated[
        str | None,
        Field(
            alias="businessId",
            description="The process instance's business key, or null.",
            min_length=1,
        ),
    ]
    kind: Annotated[Kind, Field(description="Always `BPMN_ELEMENT`.")]
    listener_event_type: Annotated[
        ListenerEventType,
        Field(alias="listenerEventType", description="Always `UNSPECIFIED`."),
    ]
    user_task: Annotated[
        dict[str, Any] | None,
        Field(alias="userTask", description="Always null (jobgate has no user tasks)."),
    ]
    tags: Annotated[list[str], Field(description="Always empty.")]
    priority: Annotated[int, Field(description="The job's priority.")]


class JobCompletionRequest(BaseModel):
    """
    The outcome of a completed job.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    variables: Variables | None = None
    result: Annotated[
        dict[str, Any] | None,
        Field(
            description="User-task and ad-hoc sub-process results; accepted and ignored."
        ),
    ] = None


class JobFailRequest(BaseModel):
    """
    Why a job failed and when to retry it.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    retries: Annotated[
        int,
        Field(description="Retries left; `0` raises an incident.", ge=0, le=2147483647),
    ] = 0
    error_message: Annotated[
        str | None,
        Field(
            alias="errorMessage",
            description="Why the job failed; kept as the job's exception message.",
            max_length=65536,
            pattern="^[^\\x00]*$",
        ),
    ] = None
    retry_back_off: Annotated[
        int,
        Field(
            alias="retryBackOff",
            description="Milliseconds before the job is activatable again (at most 100 years).",
            ge=0,
            le=3153600000000,
        ),
    ] = 0
    variables: Annotated[
        dict[str, Any] | None,
        Field(
            description="Accepted; jobgate keeps no task-local variables and ignores them."
        ),
    ] = None


class JobErrorRequest(BaseModel):
    """
    A business error thrown by a worker.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    error_code: Annotated[
        str,
        Field(
            alias="errorCode",
            description="The error code.",
            max_length=255,
            min_length=1,
            pattern="^[^\\x00]*$",
        ),
    ]
    error_message: Annotated[
        str | None,
        Field(
            alias="errorMessage",
            description="Description of the error.",
            max_length=65536,
            pattern="^[^\\x00]*$",
        ),
    ] = None
    variables: Annotated[
        dict[str, Any] | None,
        Field(
            description="Accepted; jobgate has no catch events to receive them and ignores them."
        ),
    ] = None


class JobChangeset1(BaseModel):
    """
    The changes; at least one must be non-null.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    retries: Annotated[
        int | None, Field(description="The new retries.", ge=0, le=2147483647)
    ]
    timeout: Annotated[
        int | None,
        Field(
            description="The lease ends this many milliseconds from now (activated jobs only; at most 100 years).",
            ge=1,
            le=3153600000000,
        ),
    ] = None
    priority: Annotated[
        int | None,
        Field(description="The new priority.", ge=-2147483648, le=2147483647),
    ] = None


class JobChangeset2(BaseModel):
    """
    The changes; at least one must be non-null.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    retries: Annotated[
        int | None, Field(description="The new retries.", ge=0, le=2147483647)
    ] = None
    timeout: Annotated[
        int | None,
        Field(
            description="The lease ends this many milliseconds from now (activated jobs only; at most 100 years).",
            ge=1,
            le=3153600000000,
        ),
    ]
    priority: Annotated[
        int | None,
        Field(description="The new priority.", ge=-2147483648, le=2147483647),
    ] = None


class JobChangeset3(BaseModel):
    """
    The changes; at least one must be non-null.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    retries: Annotated[
        int | None, Field(description="The new retries.", ge=0, le=2147483647)
    ] = None
    timeout: Annotated[
        int | None,
        Field(
            description="The lease ends this many milliseconds from now (activated jobs only; at most 100 years).",
            ge=1,
            le=3153600000000,
        ),
    ] = None
    priority: Annotated[
        int | None,
        Field(description="The new priority.", ge=-2147483648, le=2147483647),
    ]


class Kind1(StrEnum):
    """
    The job kind (always `BPMN_ELEMENT` in jobgate).
    """

    bpmn_element = "BPMN_ELEMENT"
    execution_listener = "EXECUTION_LISTENER"
    task_listener = "TASK_LISTENER"
    ad_hoc_sub_process = "AD_HOC_SUB_PROCESS"


class JobState(StrEnum):
    """
    The state of a job as Camunda 8 reports it.
    """

    created = "CREATED"
    failed = "FAILED"
    completed = "COMPLETED"
    error_thrown = "ERROR_THROWN"
    canceled = "CANCELED"
    migrated = "MIGRATED"
    retries_updated = "RETRIES_UPDATED"
    timed_out = "TIMED_OUT"
    priority_updated = "PRIORITY_UPDATED"
    timeout_updated = "TIMEOUT_UPDATED"


class FieldModel(StrEnum):
    """
    The field to sort by.
    """

    job_key = "jobKey"
    type = "type"
    worker = "worker"
    state = "state"
    process_definition_id = "processDefinitionId"
    process_definition_key = "processDefinitionKey"
    process_instance_key = "processInstanceKey"
    element_id = "elementId"
    element_instance_key = "elementInstanceKey"
    tenant_id = "tenantId"
    retries = "retries"
    priority = "priority"
    deadline = "deadline"
    creation_time = "creationTime"


class Order(StrEnum):
    """
    The order.
    """

    asc = "ASC"
    desc = "DESC"


class JobSearchSort(BaseModel):
    """
    One sort criterion.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    field: Annotated[FieldModel, Field(description="The field to sort by.")]
    order: Annotated[Order, Field(description="The order.")] = Order.asc


class SearchQueryPage(BaseModel):
    """
    Offset paging.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    from_: Annotated[
        int,
        Field(
            alias="from", description="How many results to skip.", ge=0, le=2147483647
        ),
    ] = 0
    limit: Annotated[
        int, Field(description="The most results to return.", ge=1, le=10000)
    ] = 100


class SearchQueryPageResponse(BaseModel):
    """
    Paging facts.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    total_items: Annotated[
        int, Field(alias="totalItems", description="How many jobs match.")
    ]
    has_more_total_items: Annotated[
        bool,
        Field(
            alias="hasMoreTotalItems", description="Always false (the count is exact)."
        ),
    ]
    start_cursor: Annotated[
        str | None,
        Field(alias="startCursor", description="Always null (no cursor paging)."),
    ]
    end_cursor: Annotated[
        str | None,
        Field(alias="endCursor", description="Always null (no cursor paging)."),
    ]


class Kind2(StrEnum):
    """
    Always `BPMN_ELEMENT`.
    """

    bpmn_element = "BPMN_ELEMENT"
    execution_listener = "EXECUTION_LISTENER"
    task_listener = "TASK_LISTENER"
    ad_hoc_sub_process = "AD_HOC_SUB_PROCESS"


class JobSearchResult(BaseModel):
    """
    A job found by a search.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    custom_headers: Annotated[
        dict[str, str],
        Field(alias="customHeaders", description="The custom headers of the task."),
    ]
    deadline: Annotated[
        AwareDatetime | None,
        Field(
            description="When the current lease ends; null when the job is not leased."
        ),
    ]
    denied_reason: Annotated[
        str | None, Field(alias="deniedReason", description="Always null.")
    ]
    element_id: Annotated[
        str | None, Field(alias="elementId", description="The id of the task.")
    ]
    element_instance_key: Annotated[
        str,
        Field(
            alias="elementInstanceKey",
            description="System-generated key (process instance, definition, element instance), a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ]
    end_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="endTime",
            description="Always null (jobgate keeps no end time per job).",
        ),
    ]
    error_code: Annotated[
        str | None,
        Field(alias="errorCode", description="The error code thrown, if any."),
    ]
    error_message: Annotated[
        str | None,
        Field(alias="errorMessage", description="The failure message, if any."),
    ]
    has_failed_with_retries_left: Annotated[
        bool,
        Field(
            alias="hasFailedWithRetriesLeft",
            description="Failed, but with retries left.",
        ),
    ]
    is_denied: Annotated[
        bool | None, Field(alias="isDenied", description="Always null.")
    ]
    job_key: Annotated[
        str,
        Field(
            alias="jobKey",
            description="System-generated key of a job, a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ]
    kind: Annotated[Kind2, Field(description="Always `BPMN_ELEMENT`.")]
    listener_event_type: Annotated[
        ListenerEventType,
        Field(alias="listenerEventType", description="Always `UNSPECIFIED`."),
    ]
    process_definition_id: Annotated[
        str, Field(alias="processDefinitionId", description="The BPMN process id.")
    ]
    process_definition_key: Annotated[
        str,
        Field(
            alias="processDefinitionKey",
            description="System-generated key (process instance, definition, element instance), a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ]
    process_instance_key: Annotated[
        str,
        Field(
            alias="processInstanceKey",
            description="System-generated key (process instance, definition, element instance), a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ]
    root_process_instance_key: Annotated[
        str | None,
        Field(
            alias="rootProcessInstanceKey",
            description="The process instance itself.",
            pattern="^-?[0-9]+$",
        ),
    ]
    business_id: Annotated[
        str | None,
        Field(
            alias="businessId",
            description="The process instance's business key, or null.",
            min_length=1,
        ),
    ]
    retries: Annotated[int, Field(description="Retries left.")]
    state: JobState
    tenant_id: Annotated[
        str,
        Field(
            alias="tenantId",
            description='A tenant id; `<default>` stands for "no tenant".',
            max_length=31,
            min_length=1,
            pattern="^(<default>|[\\w\\.\\-]{1,31})$",
        ),
    ]
    type: Annotated[str, Field(description="The job type.")]
    worker: Annotated[
        str,
        Field(description="The worker that last activated the job (empty when none)."),
    ]
    creation_time: Annotated[
        AwareDatetime | None,
        Field(alias="creationTime", description="When the job was created."),
    ]
    last_update_time: Annotated[
        AwareDatetime | None, Field(alias="lastUpdateTime", description="Always null.")
    ]
    priority: Annotated[
        int,
        Field(
            description="The job's priority.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ]


class Role(StrEnum):
    """
    Always `leader`.
    """

    leader = "leader"
    follower = "follower"
    inactive = "inactive"


class Health(StrEnum):
    """
    Always `healthy`.
    """

    healthy = "healthy"
    unhealthy = "unhealthy"
    dead = "dead"


class State(StrEnum):
    """
    Always `active`.
    """

    active = "active"
    joining = "joining"
    learner = "learner"
    leaving = "leaving"
    recovering = "recovering"
    unknown = "unknown"


class Partition(BaseModel):
    """
    A partition and its health.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    partition_id: Annotated[int, Field(alias="partitionId", description="Always 1.")]
    role: Annotated[Role, Field(description="Always `leader`.")]
    health: Annotated[Health, Field(description="Always `healthy`.")]
    state: Annotated[State, Field(description="Always `active`.")]


class ProblemDetail(BaseModel):
    """
    An RFC 9457 problem detail.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Annotated[str, Field(description="Always `about:blank`.")]
    title: Annotated[
        str,
        Field(
            description="The kind of error: `INVALID_ARGUMENT`, `NOT_FOUND`, `INVALID_STATE`, `FORBIDDEN`, `RESOURCE_EXHAUSTED`, `INTERNAL`, or the HTTP reason phrase."
        ),
    ]
    status: Annotated[int, Field(description="The HTTP status.")]
    detail: Annotated[str, Field(description="What went wrong.")]
    instance: Annotated[str, Field(description="The request path.")]


class JobActivationResult(BaseModel):
    """
    The jobs activated by one request.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    jobs: Annotated[
        list[ActivatedJobResult],
        Field(
            description="The activated jobs, in key order; empty when none became available in time."
        ),
    ]


class JobUpdateRequest(BaseModel):
    """
    Changes to a job.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    changeset: Annotated[
        JobChangeset1 | JobChangeset2 | JobChangeset3,
        Field(description="The changes; at least one must be non-null."),
    ]
    operation_reference: Annotated[
        int | None,
        Field(
            alias="operationReference",
            description="A reference the caller chooses for this operation; accepted and ignored.",
            ge=1,
            le=9223372036854775807,
        ),
    ] = None


class JobFilter(BaseModel):
    """
    Exact values to match; every given field narrows the result.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    job_key: Annotated[
        str | None,
        Field(
            alias="jobKey",
            description="System-generated key of a job, a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ] = None
    type: Annotated[str | None, Field(description="The job type.")] = None
    worker: Annotated[
        str | None, Field(description="The worker that last activated the job.")
    ] = None
    state: JobState | None = None
    kind: Annotated[
        Kind1 | None,
        Field(description="The job kind (always `BPMN_ELEMENT` in jobgate)."),
    ] = None
    process_definition_id: Annotated[
        str | None,
        Field(alias="processDefinitionId", description="The BPMN process id."),
    ] = None
    process_definition_key: Annotated[
        str | None,
        Field(
            alias="processDefinitionKey",
            description="System-generated key (process instance, definition, element instance), a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ] = None
    process_instance_key: Annotated[
        str | None,
        Field(
            alias="processInstanceKey",
            description="System-generated key (process instance, definition, element instance), a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ] = None
    element_id: Annotated[
        str | None, Field(alias="elementId", description="The task id.")
    ] = None
    element_instance_key: Annotated[
        str | None,
        Field(
            alias="elementInstanceKey",
            description="System-generated key (process instance, definition, element instance), a decimal number as a string.",
            max_length=25,
            min_length=1,
            pattern="^-?[0-9]+$",
        ),
    ] = None
    tenant_id: Annotated[
        str | None,
        Field(
            alias="tenantId",
            description="The tenant (`<default>` for jobs without one).",
        ),
    ] = None
    retries: Annotated[
        int | None, Field(description="Retries left.", ge=-2147483648, le=2147483647)
    ] = None
    has_failed_with_retries_left: Annotated[
        bool | None,
        Field(
            alias="hasFailedWithRetriesLeft",
            description="Failed, but with retries left.",
        ),
    ] = None
    error_code: Annotated[
        str | None, Field(alias="errorCode", description="The error code thrown.")
    ] = None


class JobSearchQueryResult(BaseModel):
    """
    A page of jobs.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    items: Annotated[list[JobSearchResult], Field(description="The jobs of this page.")]
    page: SearchQueryPageResponse


class BrokerInfo(BaseModel):
    """
    A broker.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    node_id: Annotated[int, Field(alias="nodeId", description="Always 0.")]
    broker_id: Annotated[str, Field(alias="brokerId", description="Always `0`.")]
    host: Annotated[str, Field(description="The host the client addressed.")]
    port: Annotated[int, Field(description="The port the client addressed.")]
    partitions: Annotated[list[Partition], Field(description="The partitions (one).")]
    version: Annotated[str, Field(description="jobgate's version.")]


class JobSearchQuery(BaseModel):
    """
    Filter, sort and page.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    filter: JobFilter | None = None
    sort: Annotated[
        list[JobSearchSort] | None,
        Field(
            description="Sort criteria, most significant first; ties are broken by job key."
        ),
    ] = None
    page: SearchQueryPage | None = None


class TopologyResponse(BaseModel):
    """
    The cluster's shape.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    brokers: Annotated[list[BrokerInfo], Field(description="The brokers (one).")]
    cluster_id: Annotated[
        str | None, Field(alias="clusterId", description="Always null.")
    ]
    cluster_size: Annotated[int, Field(alias="clusterSize", description="Always 1.")]
    partitions_count: Annotated[
        int, Field(alias="partitionsCount", description="Always 1.")
    ]
    replication_factor: Annotated[
        int, Field(alias="replicationFactor", description="Always 1.")
    ]
    gateway_version: Annotated[
        str, Field(alias="gatewayVersion", description="jobgate's version.")
    ]
    last_completed_change_id: Annotated[
        str,
        Field(
            alias="lastCompletedChangeId",
            description="Always `-1` (no topology changes).",
        ),
    ]
