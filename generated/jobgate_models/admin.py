# Generated from openapi/admin.yaml by scripts/generate. Do not edit.

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, RootModel


class JobState(StrEnum):
    """
    The state of a job. `activatable`, `activated` and `failed` jobs exist at runtime; `completed` and `error_thrown` jobs are history.
    """

    activatable = "activatable"
    activated = "activated"
    failed = "failed"
    error_thrown = "error_thrown"
    completed = "completed"


class TaskKind(StrEnum):
    """
    The kind of job a task creates.
    """

    message = "message"
    timer = "timer"


class ProcessInstanceState(StrEnum):
    """
    The state of a process instance.
    """

    active = "active"
    completed = "completed"
    incident = "incident"


class TaskSpec(BaseModel):
    """
    A task of a process definition.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    element_id: Annotated[
        str,
        Field(
            alias="elementId",
            description="The BPMN element id (Camunda 7 activityId).",
            examples=["charge-card"],
            max_length=255,
            min_length=1,
        ),
    ]
    type: Annotated[
        str,
        Field(
            description="The job type that workers subscribe to.",
            examples=["charge-card"],
            max_length=255,
            min_length=1,
        ),
    ]
    name: Annotated[
        str | None,
        Field(
            description="The name of the task; defaults to its element id where a name is shown.",
            examples=["Charge card"],
            max_length=255,
        ),
    ] = None
    kind: Annotated[
        TaskKind, Field(description="The kind of job the task creates.")
    ] = TaskKind.message
    job_type: Annotated[
        str | None,
        Field(
            alias="jobType",
            description="The Camunda 7 job handler type. Defaults to `async-continuation` for message tasks and `timer-intermediate-transition` for timer tasks.",
            examples=["async-continuation"],
            max_length=255,
            min_length=1,
        ),
    ] = None
    job_configuration: Annotated[
        str | None,
        Field(
            alias="jobConfiguration",
            description="The Camunda 7 job configuration. Defaults to `async-before`.",
            examples=["async-before"],
            max_length=255,
            min_length=1,
        ),
    ] = None
    overriding_job_priority: Annotated[
        int | None,
        Field(
            alias="overridingJobPriority",
            description="The priority of the task's jobs; `null` for none (jobs get priority 0).",
            examples=[10],
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    suspended: Annotated[
        bool,
        Field(
            description="Whether the job definition, and so its new jobs, are suspended.",
            examples=[False],
        ),
    ] = False


class JobFixture(BaseModel):
    """
    A job to create. Defaults: the first task, state `activatable`, 3 retries, no due date, created now, priority and suspension from the job definition, no exception, no custom headers. `{}` is a job that can be activated at once.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    element_id: Annotated[
        str | None,
        Field(
            alias="elementId",
            description="The element id of the task the job belongs to.",
            examples=["charge-card"],
            max_length=255,
            min_length=1,
        ),
    ] = None
    state: Annotated[JobState, Field(description="The state of the job.")] = (
        JobState.activatable
    )
    retries: Annotated[
        int | None,
        Field(description="The retries left.", examples=[3], ge=0, le=2147483647),
    ] = None
    due_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="dueDate",
            description="When the job is due; `null` for at once.",
            examples=["2025-09-25T13:38:42.165Z"],
        ),
    ] = None
    create_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="createTime",
            description="When the job was created.",
            examples=["2025-09-25T13:33:42.165Z"],
        ),
    ] = None
    priority: Annotated[
        int | None,
        Field(
            description="The priority of the job.",
            examples=[0],
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    suspended: Annotated[
        bool | None,
        Field(description="Whether the job is suspended.", examples=[False]),
    ] = None
    exception_message: Annotated[
        str | None,
        Field(
            alias="exceptionMessage",
            description="The message of the last failure.",
            examples=["Card declined"],
        ),
    ] = None
    exception_trace: Annotated[
        str | None,
        Field(
            alias="exceptionTrace",
            description="The stack trace or details of the last failure.",
            examples=["PaymentException: Card declined\n\tat Payments.charge(Payments.java:42)"],
        ),
    ] = None
    failed_activity_id: Annotated[
        str | None,
        Field(
            alias="failedActivityId",
            description="The element id on which the last failure occurred.",
            examples=["charge-card"],
            max_length=255,
        ),
    ] = None
    batch_id: Annotated[
        str | None,
        Field(
            alias="batchId",
            description="The id of the batch the job belongs to.",
            examples=["2251799813685300"],
            max_length=255,
        ),
    ] = None
    worker: Annotated[
        str | None,
        Field(
            description="The worker that holds an `activated` job.",
            examples=["payment-worker-1"],
            max_length=255,
        ),
    ] = None
    custom_headers: Annotated[
        dict[str, str] | None,
        Field(
            alias="customHeaders",
            description="Custom headers that workers receive with the job.",
            examples=[{"currency": "EUR"}],
        ),
    ] = None
    deadline: Annotated[
        AwareDatetime | None,
        Field(
            description="When the lease of an `activated` job expires.",
            examples=["2025-09-25T13:43:42.165Z"],
        ),
    ] = None


class LoadInstance(BaseModel):
    """
    An instance template; `count` instances are started from it, as by `POST /process-instances`. Give `bpmnProcessId` (with optional `tenantId` and `version`) or `processDefinitionKey`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    bpmn_process_id: Annotated[
        str | None,
        Field(
            alias="bpmnProcessId",
            description="The BPMN process id of the definition.",
            examples=["invoice"],
            max_length=255,
            min_length=1,
        ),
    ] = None
    process_definition_key: Annotated[
        int | None,
        Field(
            alias="processDefinitionKey",
            description="The key of the definition.",
            examples=[2251799813685249],
            ge=1,
            le=9223372036854775807,
        ),
    ] = None
    version: Annotated[
        int | None,
        Field(
            description="The version of the definition; defaults to the latest.",
            examples=[1],
            ge=1,
            le=2147483647,
        ),
    ] = None
    tenant_id: Annotated[
        str | None,
        Field(
            alias="tenantId",
            description="The tenant of the definition; `null` or absent for none.",
            examples=["tenant-a"],
        ),
    ] = None
    business_key: Annotated[
        str | None,
        Field(
            alias="businessKey",
            description="The business key of each instance.",
            examples=["order-4711"],
            max_length=255,
        ),
    ] = None
    variables: Annotated[
        dict[str, Any] | None,
        Field(
            description="The variables of each instance, a JSON object.",
            examples=[{"amount": 99.5}],
        ),
    ] = None
    jobs: Annotated[
        list[JobFixture] | None,
        Field(
            description="Job fixtures for each instance; when given, exactly these jobs are created.",
            max_length=1000,
        ),
    ] = None
    count: Annotated[
        int,
        Field(
            description="How many instances to start from this template.",
            examples=[1000],
            ge=1,
            le=100000,
        ),
    ] = 1


class DeployedJobDefinition(BaseModel):
    """
    A job definition of a deployed process definition.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Annotated[
        int,
        Field(
            description="The key of the job definition.", examples=[2251799813685250]
        ),
    ]
    job_definition_id: Annotated[
        str,
        Field(
            alias="jobDefinitionId",
            description="The key as a string (Camunda 7 job definition id).",
            examples=["2251799813685250"],
        ),
    ]
    element_id: Annotated[
        str,
        Field(
            alias="elementId",
            description="The element id of the task.",
            examples=["charge-card"],
        ),
    ]
    type: Annotated[str, Field(description="The job type.", examples=["charge-card"])]
    kind: TaskKind
    position: Annotated[
        int, Field(description="The position in the flow, from 0.", examples=[0])
    ]


class StartedJob(BaseModel):
    """
    A job created with a process instance.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    key: Annotated[
        int, Field(description="The key of the job.", examples=[2251799813685253])
    ]
    id: Annotated[
        str,
        Field(
            description="The key as a string (Camunda 7 job id).",
            examples=["2251799813685253"],
        ),
    ]
    element_id: Annotated[
        str,
        Field(
            alias="elementId",
            description="The element id of the task.",
            examples=["charge-card"],
        ),
    ]
    job_definition_id: Annotated[
        int,
        Field(
            alias="jobDefinitionId",
            description="The key of the job definition.",
            examples=[2251799813685250],
        ),
    ]


class InstanceJob(BaseModel):
    """
    A job of a process instance.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    key: Annotated[
        int, Field(description="The key of the job.", examples=[2251799813685253])
    ]
    element_id: Annotated[
        str,
        Field(
            alias="elementId",
            description="The element id of the task.",
            examples=["charge-card"],
        ),
    ]
    type: Annotated[str, Field(description="The job type.", examples=["charge-card"])]
    state: JobState
    retries: Annotated[int, Field(description="The retries left.", examples=[3])]


class LoadResult(BaseModel):
    """
    How much a bulk load created.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    definitions: Annotated[
        int,
        Field(description="The number of process definitions deployed.", examples=[1]),
    ]
    instances: Annotated[
        int,
        Field(description="The number of process instances started.", examples=[1000]),
    ]
    jobs: Annotated[
        int, Field(description="The number of jobs created.", examples=[1000])
    ]


class Role(StrEnum):
    """
    A role: `reader` (Camunda 7 and OPA reads), `worker` (Zeebe activation and job commands), `operator` (reader plus OPA resubmit), `admin` (everything, including /admin and users).
    """

    reader = "reader"
    worker = "worker"
    operator = "operator"
    admin = "admin"


class User(BaseModel):
    """
    A user (its password is never shown).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    name: Annotated[str, Field(description="The user name.", examples=["ops-bot"])]
    roles: Annotated[list[Role], Field(description="The user's roles.")]
    tenants: Annotated[
        list[str],
        Field(
            description="The tenants whose jobs the user sees (besides jobs without a tenant); empty with allTenants.",
            examples=[["tenant-a"]],
        ),
    ]
    all_tenants: Annotated[
        bool,
        Field(
            alias="allTenants",
            description="Whether the user sees the jobs of every tenant.",
            examples=[False],
        ),
    ]


class Tenant(RootModel[str]):
    root: Annotated[str, Field(max_length=255, min_length=1)]


class UserUpdate(BaseModel):
    """
    A user's password (write-only), roles and tenants.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    password: Annotated[
        str | None,
        Field(
            description="The new password; required when the user is created, kept when absent.",
            examples=["correct horse battery staple"],
            max_length=1024,
            min_length=1,
        ),
    ] = None
    roles: Annotated[
        list[Role], Field(description="The user's roles.", max_length=4, min_length=1)
    ]
    tenants: Annotated[
        list[Tenant] | None,
        Field(
            description="The tenants whose jobs the user sees besides jobs without a tenant.",
            examples=[["tenant-a"]],
            max_length=1000,
        ),
    ] = None
    all_tenants: Annotated[
        bool,
        Field(
            alias="allTenants",
            description="The user sees every tenant's jobs (then `tenants` must be empty or absent).",
            examples=[False],
        ),
    ] = False


class Problem(BaseModel):
    """
    An RFC 7807 problem.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Annotated[
        str,
        Field(
            description="A URI reference that identifies the problem type.",
            examples=["about:blank"],
        ),
    ]
    title: Annotated[
        str,
        Field(
            description="A short summary of the problem type.", examples=["Not Found"]
        ),
    ]
    status: Annotated[int, Field(description="The HTTP status code.", examples=[404])]
    detail: Annotated[
        str,
        Field(
            description="An explanation specific to this occurrence of the problem.",
            examples=["No process instance with key 2251799813685251."],
        ),
    ]
    instance: Annotated[
        str | None,
        Field(
            description="A URI reference that identifies this occurrence of the problem.",
            examples=["/admin/process-instances/2251799813685251"],
        ),
    ] = None


class DeployRequest(BaseModel):
    """
    A sequential process definition.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    bpmn_process_id: Annotated[
        str,
        Field(
            alias="bpmnProcessId",
            description="The BPMN process id (Camunda 7 processDefinitionKey).",
            examples=["invoice"],
            max_length=255,
            min_length=1,
        ),
    ]
    name: Annotated[
        str | None,
        Field(
            description="The name of the process definition.",
            examples=["Invoice handling"],
            max_length=255,
        ),
    ] = None
    tenant_id: Annotated[
        str | None,
        Field(
            alias="tenantId",
            description="The tenant of the process definition; `null` for none.",
            examples=["tenant-a"],
            max_length=255,
            min_length=1,
        ),
    ] = None
    tasks: Annotated[
        list[TaskSpec],
        Field(
            description="The tasks in flow order; each gets one job definition. Element ids must be unique.",
            max_length=100,
            min_length=1,
        ),
    ]


class StartInstanceRequest(BaseModel):
    """
    Starts a process instance. Give `bpmnProcessId` (with optional `tenantId` and `version`) or `processDefinitionKey`; without either the request is a 400.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    bpmn_process_id: Annotated[
        str | None,
        Field(
            alias="bpmnProcessId",
            description="The BPMN process id of the definition.",
            examples=["invoice"],
            max_length=255,
            min_length=1,
        ),
    ] = None
    process_definition_key: Annotated[
        int | None,
        Field(
            alias="processDefinitionKey",
            description="The key of the definition.",
            examples=[2251799813685249],
            ge=1,
            le=9223372036854775807,
        ),
    ] = None
    version: Annotated[
        int | None,
        Field(
            description="The version of the definition; defaults to the latest.",
            examples=[1],
            ge=1,
            le=2147483647,
        ),
    ] = None
    tenant_id: Annotated[
        str | None,
        Field(
            alias="tenantId",
            description="The tenant of the definition; `null` or absent for none.",
            examples=["tenant-a"],
        ),
    ] = None
    business_key: Annotated[
        str | None,
        Field(
            alias="businessKey",
            description="The business key of the instance.",
            examples=["order-4711"],
            max_length=255,
        ),
    ] = None
    variables: Annotated[
        dict[str, Any] | None,
        Field(
            description="The instance variables, a JSON object.",
            examples=[{"orderId": 4711, "amount": 99.5}],
        ),
    ] = None
    jobs: Annotated[
        list[JobFixture] | None,
        Field(
            description="Job fixtures; when given, exactly these jobs are created instead of the first task's job.",
            max_length=1000,
        ),
    ] = None


class LoadRequest(BaseModel):
    """
    Definitions to deploy and instances to start.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    definitions: Annotated[
        list[DeployRequest] | None,
        Field(
            description="Definitions to deploy, in order, before any instance is started.",
            max_length=100,
        ),
    ] = None
    instances: Annotated[
        list[LoadInstance] | None,
        Field(description="Instance templates to start.", max_length=10000),
    ] = None


class DeployedProcessDefinition(BaseModel):
    """
    A deployed process definition.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    process_definition_key: Annotated[
        int,
        Field(
            alias="processDefinitionKey",
            description="The key of the definition.",
            examples=[2251799813685249],
        ),
    ]
    process_definition_id: Annotated[
        str,
        Field(
            alias="processDefinitionId",
            description="The Camunda 7 id: `{bpmnProcessId}:{version}:{processDefinitionKey}`.",
            examples=["invoice:1:2251799813685249"],
        ),
    ]
    bpmn_process_id: Annotated[
        str,
        Field(
            alias="bpmnProcessId",
            description="The BPMN process id.",
            examples=["invoice"],
        ),
    ]
    name: Annotated[
        str | None,
        Field(description="The name of the definition.", examples=["Invoice handling"]),
    ]
    version: Annotated[
        int,
        Field(
            description="The version, counted per BPMN process id and tenant from 1.",
            examples=[1],
        ),
    ]
    tenant_id: Annotated[
        str | None,
        Field(
            alias="tenantId",
            description="The tenant; `null` for none.",
            examples=["tenant-a"],
        ),
    ]
    deployment_key: Annotated[
        int,
        Field(
            alias="deploymentKey",
            description="The key of the deployment.",
            examples=[2251799813685248],
        ),
    ]
    deployment_id: Annotated[
        str,
        Field(
            alias="deploymentId",
            description="The key of the deployment as a string.",
            examples=["2251799813685248"],
        ),
    ]
    job_definitions: Annotated[
        list[DeployedJobDefinition],
        Field(
            alias="jobDefinitions", description="The job definitions, in flow order."
        ),
    ]


class StartedProcessInstance(BaseModel):
    """
    A started process instance.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    process_instance_key: Annotated[
        int,
        Field(
            alias="processInstanceKey",
            description="The key of the instance.",
            examples=[2251799813685251],
        ),
    ]
    process_instance_id: Annotated[
        str,
        Field(
            alias="processInstanceId",
            description="The key as a string (Camunda 7 process instance id).",
            examples=["2251799813685251"],
        ),
    ]
    process_definition_key: Annotated[
        int,
        Field(
            alias="processDefinitionKey",
            description="The key of the definition.",
            examples=[2251799813685249],
        ),
    ]
    process_definition_id: Annotated[
        str,
        Field(
            alias="processDefinitionId",
            description="The Camunda 7 id of the definition.",
            examples=["invoice:1:2251799813685249"],
        ),
    ]
    bpmn_process_id: Annotated[
        str,
        Field(
            alias="bpmnProcessId",
            description="The BPMN process id.",
            examples=["invoice"],
        ),
    ]
    version: Annotated[
        int, Field(description="The version of the definition.", examples=[1])
    ]
    jobs: Annotated[
        list[StartedJob], Field(description="The jobs created, ordered by key.")
    ]


class ProcessInstanceView(BaseModel):
    """
    A process instance with its variables and jobs.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    process_instance_key: Annotated[
        int,
        Field(
            alias="processInstanceKey",
            description="The key of the instance.",
            examples=[2251799813685251],
        ),
    ]
    process_instance_id: Annotated[
        str,
        Field(
            alias="processInstanceId",
            description="The key as a string (Camunda 7 process instance id).",
            examples=["2251799813685251"],
        ),
    ]
    process_definition_key: Annotated[
        int,
        Field(
            alias="processDefinitionKey",
            description="The key of the definition.",
            examples=[2251799813685249],
        ),
    ]
    process_definition_id: Annotated[
        str,
        Field(
            alias="processDefinitionId",
            description="The Camunda 7 id of the definition.",
            examples=["invoice:1:2251799813685249"],
        ),
    ]
    bpmn_process_id: Annotated[
        str,
        Field(
            alias="bpmnProcessId",
            description="The BPMN process id.",
            examples=["invoice"],
        ),
    ]
    version: Annotated[
        int, Field(description="The version of the definition.", examples=[1])
    ]
    state: ProcessInstanceState
    business_key: Annotated[
        str | None,
        Field(
            alias="businessKey",
            description="The business key.",
            examples=["order-4711"],
        ),
    ]
    tenant_id: Annotated[
        str | None,
        Field(
            alias="tenantId",
            description="The tenant; `null` for none.",
            examples=["tenant-a"],
        ),
    ]
    variables: Annotated[
        dict[str, Any],
        Field(
            description="The current instance variables.",
            examples=[{"orderId": 4711, "amount": 99.5}],
        ),
    ]
    jobs: Annotated[
        list[InstanceJob],
        Field(
            description="All jobs of the instance, runtime and finished, ordered by key."
        ),
    ]
