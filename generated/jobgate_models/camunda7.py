# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field


class JobDto(BaseModel):
    """
    A job at runtime.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Annotated[
        str, Field(description="The id of the job.", examples=["2251799813685253"])
    ]
    job_definition_id: Annotated[
        str,
        Field(
            alias="jobDefinitionId",
            description="The id of the associated job definition.",
            examples=["2251799813685250"],
        ),
    ]
    due_date: Annotated[
        str | None,
        Field(
            alias="dueDate",
            description="The date on which this job is supposed to be processed, as `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (UTC). `null` when the job is due at once.",
            examples=["2025-09-25T13:38:42.165+0000"],
        ),
    ]
    process_instance_id: Annotated[
        str,
        Field(
            alias="processInstanceId",
            description="The id of the process instance which execution created the job.",
            examples=["2251799813685251"],
        ),
    ]
    execution_id: Annotated[
        str,
        Field(
            alias="executionId",
            description="The specific execution id on which the job was created.",
            examples=["2251799813685252"],
        ),
    ]
    process_definition_id: Annotated[
        str,
        Field(
            alias="processDefinitionId",
            description="The id of the process definition which this job belongs to.",
            examples=["invoice:1:2251799813685249"],
        ),
    ]
    process_definition_key: Annotated[
        str,
        Field(
            alias="processDefinitionKey",
            description="The key of the process definition which this job belongs to.",
            examples=["invoice"],
        ),
    ]
    retries: Annotated[
        int, Field(description="The number of retries this job has left.", examples=[3])
    ]
    exception_message: Annotated[
        str | None,
        Field(
            alias="exceptionMessage",
            description="The message of the exception that occurred, the last time the job was executed. Is null when no exception occurred.",
            examples=["Card declined"],
        ),
    ]
    failed_activity_id: Annotated[
        str | None,
        Field(
            alias="failedActivityId",
            description="The id of the activity on which the last exception occurred, the last time the job was executed. Is null when no exception occurred.",
            examples=["charge-card"],
        ),
    ]
    suspended: Annotated[
        bool,
        Field(
            description="A flag indicating whether the job is suspended or not.",
            examples=[False],
        ),
    ]
    priority: Annotated[
        int, Field(description="The job's priority for execution.", examples=[0])
    ]
    tenant_id: Annotated[
        str | None,
        Field(
            alias="tenantId",
            description="The id of the tenant which this job belongs to.",
            examples=["tenant-a"],
        ),
    ]
    create_time: Annotated[
        str,
        Field(
            alias="createTime",
            description="The date on which this job has been created, as `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (UTC).",
            examples=["2025-09-25T13:33:42.165+0000"],
        ),
    ]
    batch_id: Annotated[
        str | None,
        Field(
            alias="batchId",
            description="The id of the batch associated with this job. `null` if no batch is associated with it.",
        ),
    ]


class JobDefinitionDto(BaseModel):
    """
    A job definition.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Annotated[
        str,
        Field(
            description="The id of the job definition.", examples=["2251799813685250"]
        ),
    ]
    process_definition_id: Annotated[
        str,
        Field(
            alias="processDefinitionId",
            description="The id of the process definition this job definition is associated with.",
            examples=["invoice:1:2251799813685249"],
        ),
    ]
    process_definition_key: Annotated[
        str,
        Field(
            alias="processDefinitionKey",
            description="The key of the process definition this job definition is associated with.",
            examples=["invoice"],
        ),
    ]
    activity_id: Annotated[
        str,
        Field(
            alias="activityId",
            description="The id of the activity this job definition is associated with.",
            examples=["charge-card"],
        ),
    ]
    job_type: Annotated[
        str,
        Field(
            alias="jobType",
            description="The type of the job which is running for this job definition, e.g. `async-continuation` or `timer-intermediate-transition`.",
            examples=["async-continuation"],
        ),
    ]
    job_configuration: Annotated[
        str,
        Field(
            alias="jobConfiguration",
            description="The configuration of a job definition provides details about the jobs which will be created. For example: for timer jobs it is the timer configuration.",
            examples=["async-before"],
        ),
    ]
    overriding_job_priority: Annotated[
        int | None,
        Field(
            alias="overridingJobPriority",
            description="The execution priority defined for jobs that are created based on this definition. `null` when the priority has not been overridden on the job definition level.",
            examples=[10],
        ),
    ]
    suspended: Annotated[
        bool,
        Field(
            description="Indicates whether this job definition is suspended or not.",
            examples=[False],
        ),
    ]
    tenant_id: Annotated[
        str | None,
        Field(
            alias="tenantId",
            description="The id of the tenant this job definition is associated with.",
            examples=["tenant-a"],
        ),
    ]
    deployment_id: Annotated[
        str,
        Field(
            alias="deploymentId",
            description="The id of the deployment this job definition is related to.",
            examples=["2251799813685248"],
        ),
    ]


class JobDefinitionSortingDto(BaseModel):
    """
    One ordering of a job definition query. Both properties are needed.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    sort_by: Annotated[
        str | None,
        Field(
            alias="sortBy",
            description='The property to sort by: `jobDefinitionId`, `activityId`, `processDefinitionId`, `processDefinitionKey`, `jobType`, `jobConfiguration` or `tenantId`. Another value is a 400 with the engine\'s message "You should call any of the orderBy methods first before specifying a direction: currentOrderingProperty is null".',
            examples=["activityId"],
        ),
    ] = None
    sort_order: Annotated[
        str | None,
        Field(
            alias="sortOrder",
            description='The order to sort in: `asc` or `desc`. Another value is a 400 with the engine\'s message "Invalid query: call asc() or desc() after using orderByXX(): direction is null".',
            examples=["asc"],
        ),
    ] = None


class JobRetriesDto(BaseModel):
    """
    The new retries of a job.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    retries: Annotated[
        int,
        Field(
            description="The number of retries, at least 0 (a negative number is a 400 with the engine's message).",
            examples=[3],
            ge=0,
            le=2147483647,
        ),
    ]
    due_date: Annotated[
        str | None,
        Field(
            alias="dueDate",
            description="When present, the new due date of the job(s), as in `PUT /job/{id}/duedate`; `null` makes them due at once. Absent: the due date stays.",
            examples=["2026-12-01T08:00:00.000+0000"],
            pattern="^(19[7-9][0-9]|[2-8][0-9]{3}|9[0-8][0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])$",
        ),
    ] = None


class JobSuspensionStateDto(BaseModel):
    """
    The new suspension state of jobs. `PUT /job/{id}/suspended` takes only `suspended` (another selector is a 400); `PUT /job/suspended` exactly one of `jobDefinitionId`, `processInstanceId`, `processDefinitionId`, `processDefinitionKey`.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    suspended: Annotated[
        bool,
        Field(
            description="`true` suspends the job, `false` activates it.",
            examples=[True],
        ),
    ]
    job_id: Annotated[
        str | None,
        Field(
            alias="jobId",
            description="The job (`PUT /job/suspended` refuses it: use `PUT /job/{id}/suspended`).",
        ),
    ] = None
    job_definition_id: Annotated[
        str | None,
        Field(alias="jobDefinitionId", description="The jobs of this job definition."),
    ] = None
    process_instance_id: Annotated[
        str | None,
        Field(
            alias="processInstanceId", description="The jobs of this process instance."
        ),
    ] = None
    process_definition_id: Annotated[
        str | None,
        Field(
            alias="processDefinitionId",
            description="The jobs of this process definition.",
        ),
    ] = None
    process_definition_key: Annotated[
        str | None,
        Field(
            alias="processDefinitionKey",
            description="The jobs of every version of this process definition key (BPMN process id).",
        ),
    ] = None
    process_definition_tenant_id: Annotated[
        str | None,
        Field(
            alias="processDefinitionTenantId",
            description="With `processDefinitionKey`: only the jobs of this tenant.",
        ),
    ] = None
    process_definition_without_tenant_id: Annotated[
        bool,
        Field(
            alias="processDefinitionWithoutTenantId",
            description="With `processDefinitionKey`: only the jobs without a tenant.",
        ),
    ] = False


class JobDuedateDto(BaseModel):
    """
    The new due date of a job.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    duedate: Annotated[
        str | None,
        Field(
            description="The due date (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`, also without milliseconds, with `Z` or `+hh:mm`; years 1970 to 9899); `null` or absent makes the job due at once. A day past the end of its month rolls over into the next month, as the engine's lenient date parsing does (`2027-02-30` is 2 March).",
            examples=["2026-12-01T08:00:00.000+0000"],
            pattern="^(19[7-9][0-9]|[2-8][0-9]{3}|9[0-8][0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])$",
        ),
    ] = None
    cascade: Annotated[
        bool,
        Field(
            description="Shift the following timers of a repeating timer too (jobgate has none; no effect).",
            examples=[False],
        ),
    ] = False


class PriorityDto(BaseModel):
    """
    The new priority of a job.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    priority: Annotated[
        int | None,
        Field(
            description="The priority; missing or `null` is the engine's 400 `RestException`.",
            examples=[100],
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None


class JobConditionQueryParameterDto(BaseModel):
    """
    One date condition of a job query.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    operator: Annotated[
        str | None,
        Field(
            description='`gt` (after) or `lt` (before); another value is a 400 "Invalid due date comparator specified: <op>" (or create time).',
            examples=["gt"],
        ),
    ] = None
    value: Annotated[
        str | None,
        Field(
            description="The date, `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (also without milliseconds, with `Z` or `+hh:mm`).",
            examples=["2025-09-01T00:00:00.000+0000"],
        ),
    ] = None


class JobSortingDto(BaseModel):
    """
    One ordering of a job query. Both properties are needed.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    sort_by: Annotated[
        str | None,
        Field(
            alias="sortBy",
            description='The property to sort by: `jobId`, `executionId`, `processInstanceId`, `processDefinitionId`, `processDefinitionKey`, `jobPriority`, `jobRetries`, `jobDueDate` or `tenantId`. Another value is a 400 with the engine\'s message "You should call any of the orderBy methods first before specifying a direction: currentOrderingProperty is null".',
            examples=["jobDueDate"],
        ),
    ] = None
    sort_order: Annotated[
        str | None,
        Field(
            alias="sortOrder",
            description='`asc` or `desc`. Another value is a 400 with the engine\'s message "Invalid query: call asc() or desc() after using orderByXX(): direction is null".',
            examples=["asc"],
        ),
    ] = None


class JobDefinitionSuspensionStateDto(BaseModel):
    """
    The new suspension state of a job definition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    suspended: Annotated[
        bool,
        Field(
            description="`true` suspends the job definition, `false` activates it.",
            examples=[True],
        ),
    ]
    include_jobs: Annotated[
        bool,
        Field(
            alias="includeJobs",
            description="Also suspend or activate the job definition's runtime jobs.",
            examples=[True],
        ),
    ] = False
    execution_date: Annotated[
        str | None,
        Field(
            alias="executionDate",
            description="When to do it: empty, `null` or not in the future means now; a future date schedules the change for then (dates after 9999-12-31T23:59:59.999Z count as that moment).",
        ),
    ] = None
    process_definition_id: Annotated[
        str | None,
        Field(
            alias="processDefinitionId",
            description="Not allowed here (a 400 with the engine's message); use `PUT /job-definition/suspended`.",
        ),
    ] = None
    process_definition_key: Annotated[
        str | None,
        Field(
            alias="processDefinitionKey",
            description="Not allowed here (a 400 with the engine's message); use `PUT /job-definition/suspended`.",
        ),
    ] = None


class JobDefinitionsSuspensionStateDto(BaseModel):
    """
    The new suspension state of a process definition's job definitions.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    suspended: Annotated[
        bool, Field(description="`true` suspends, `false` activates.", examples=[True])
    ]
    include_jobs: Annotated[
        bool,
        Field(
            alias="includeJobs",
            description="Also suspend or activate their runtime jobs.",
        ),
    ] = False
    execution_date: Annotated[
        str | None,
        Field(
            alias="executionDate",
            description="When to do it, as in `PUT /job-definition/{id}/suspended`.",
        ),
    ] = None
    job_definition_id: Annotated[
        str | None,
        Field(
            alias="jobDefinitionId",
            description="Not allowed here (a 400 with the engine's message); use `PUT /job-definition/{id}/suspended`.",
        ),
    ] = None
    process_definition_id: Annotated[
        str | None,
        Field(
            alias="processDefinitionId",
            description="The process definition id.",
            examples=["invoice:1:2251799813685249"],
        ),
    ] = None
    process_definition_key: Annotated[
        str | None,
        Field(
            alias="processDefinitionKey",
            description="The process definition key (BPMN process id); every version.",
            examples=["invoice"],
        ),
    ] = None
    process_definition_tenant_id: Annotated[
        str | None,
        Field(
            alias="processDefinitionTenantId",
            description="With `processDefinitionKey`, only the definitions of this tenant.",
        ),
    ] = None
    process_definition_without_tenant_id: Annotated[
        bool,
        Field(
            alias="processDefinitionWithoutTenantId",
            description="With `processDefinitionKey`, only the definitions without a tenant.",
        ),
    ] = False


class JobDefinitionPriorityDto(BaseModel):
    """
    The overriding job priority of a job definition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    priority: Annotated[
        int | None,
        Field(
            description="The priority; `null` or missing removes the override.",
            examples=[10],
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    include_jobs: Annotated[
        bool,
        Field(
            alias="includeJobs",
            description="Also set the priority of the job definition's runtime jobs.",
            examples=[True],
        ),
    ] = False


class CountResultDto(BaseModel):
    """
    The number of matching results.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    count: Annotated[
        int, Field(description="The number of matching results.", examples=[42])
    ]


class ExceptionDto(BaseModel):
    """
    An error.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Annotated[
        str,
        Field(
            description="The simple name of the exception class, e.g. `InvalidRequestException` (400), `RestException` (415) or `ProcessEngineException` (500, 503).",
            examples=["InvalidRequestException"],
        ),
    ]
    message: Annotated[
        str,
        Field(
            description="A message that describes the error.",
            examples=["Cannot set query parameter 'sortBy' to value 'anInvalidSortByOption'"],
        ),
    ]


class MissingAuthorizationDto(BaseModel):
    """
    A permission on a resource that the user lacks.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    permission_name: Annotated[
        str,
        Field(
            alias="permissionName",
            description="The permission, e.g. `READ`.",
            examples=["READ"],
        ),
    ]
    resource_name: Annotated[
        str,
        Field(
            alias="resourceName",
            description="The resource type, e.g. `ProcessDefinition`.",
            examples=["ProcessDefinition"],
        ),
    ]
    resource_id: Annotated[
        str | None,
        Field(
            alias="resourceId",
            description="The resource id; null for every resource of the type.",
            examples=[None],
        ),
    ]


class VariableValueDto(BaseModel):
    """
    A typed variable. `type` is String, Boolean, Short, Integer, Long, Double, Date, Null, Json or Object (with `valueInfo.serializationDataFormat` `application/json`); without `type` the JSON value is kept as sent. Bytes, File, Xml and other Object formats are a 400 "Unsupported value type". Out, the type is derived from the stored JSON value (objects and arrays are Json, their value the JSON text).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    value: Annotated[
        Any | None, Field(description="The value (any JSON value).", examples=[42])
    ] = None
    type: Annotated[
        str | None, Field(description="The value type.", examples=["Integer"])
    ] = None
    value_info: Annotated[
        dict[str, Any] | None,
        Field(alias="valueInfo", description="Type-specific details; `{}` in answers."),
    ] = None


class FetchExternalTaskTopicDto(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    topic_name: Annotated[
        str,
        Field(
            alias="topicName",
            description="The topic (the job type).",
            examples=["charge-card"],
        ),
    ]
    lock_duration: Annotated[
        int,
        Field(
            alias="lockDuration",
            description="How long (ms) the tasks stay locked.",
            examples=[60000],
            ge=1,
            le=9007199254740991,
        ),
    ]
    variables: Annotated[
        list[str] | None,
        Field(
            description="The variables to return (null or absent for all, `[]` for none)."
        ),
    ] = None
    local_variables: Annotated[
        bool | None,
        Field(
            alias="localVariables",
            description="Only the task's local variables (jobgate has none, so `true` returns none).",
        ),
    ] = None
    business_key: Annotated[
        str | None,
        Field(
            alias="businessKey",
            description="Only tasks of instances with this business key.",
        ),
    ] = None
    process_definition_id: Annotated[
        str | None,
        Field(
            alias="processDefinitionId",
            description="Only tasks of this process definition.",
        ),
    ] = None
    process_definition_id_in: Annotated[
        list[str] | None,
        Field(
            alias="processDefinitionIdIn",
            description="Only tasks of these process definitions.",
        ),
    ] = None
    process_definition_key: Annotated[
        str | None,
        Field(
            alias="processDefinitionKey",
            description="Only tasks of this process definition key (BPMN process id).",
        ),
    ] = None
    process_definition_key_in: Annotated[
        list[str] | None,
        Field(
            alias="processDefinitionKeyIn",
            description="Only tasks of these process definition keys.",
        ),
    ] = None
    process_definition_version_tag: Annotated[
        str | None,
        Field(
            alias="processDefinitionVersionTag",
            description="Ignored (jobgate's definitions have no version tags).",
        ),
    ] = None
    without_tenant_id: Annotated[
        bool | None,
        Field(alias="withoutTenantId", description="Only tasks without a tenant."),
    ] = None
    tenant_id_in: Annotated[
        list[str] | None,
        Field(
            alias="tenantIdIn",
            description="Only tasks of these tenants (wins over withoutTenantId); always within the caller's tenants.",
        ),
    ] = None
    process_variables: Annotated[
        dict[str, Any] | None,
        Field(
            alias="processVariables",
            description="Not supported; must be absent, null or empty.",
        ),
    ] = None
    deserialize_values: Annotated[
        bool | None,
        Field(
            alias="deserializeValues",
            description="Accepted; Json values are always returned as JSON text.",
        ),
    ] = None
    include_extension_properties: Annotated[
        bool | None,
        Field(
            alias="includeExtensionProperties",
            description="Accepted; jobgate's tasks have no extension properties (`{}`).",
        ),
    ] = None


class SortingDto(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    sort_by: Annotated[
        str | None,
        Field(
            alias="sortBy",
            description="The property to sort by.",
            examples=["createTime"],
        ),
    ] = None
    sort_order: Annotated[
        str | None,
        Field(alias="sortOrder", description="`asc` or `desc`.", examples=["asc"]),
    ] = None


class FetchExternalTasksDto(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    worker_id: Annotated[
        str,
        Field(
            alias="workerId",
            description="The worker that locks the tasks.",
            examples=["worker-1"],
        ),
    ]
    max_tasks: Annotated[
        int | None,
        Field(
            alias="maxTasks",
            description="The most tasks to lock over all topics (at most 1000 are locked per request).",
            examples=[10],
            ge=0,
            le=2147483647,
        ),
    ] = None
    use_priority: Annotated[
        bool | None,
        Field(alias="usePriority", description="Lock higher priorities first."),
    ] = None
    async_response_timeout: Annotated[
        int | None,
        Field(
            alias="asyncResponseTimeout",
            description="How long (ms) to wait for a task; at most 1800000. Absent or 0 answers at once.",
            examples=[10000],
            ge=0,
            le=9223372036854775807,
        ),
    ] = None
    include_extension_properties: Annotated[
        bool | None,
        Field(
            alias="includeExtensionProperties",
            description="Ignored (as in the engine, only the topic's flag counts).",
        ),
    ] = None
    topics: Annotated[
        list[FetchExternalTaskTopicDto] | None,
        Field(
            description="The topics; a later topic of the same name replaces an earlier one."
        ),
    ] = None
    sorting: Annotated[
        list[SortingDto] | None,
        Field(description='`[{"sortBy": "createTime", "sortOrder": "asc"|"desc"}]`.'),
    ] = None


class ExternalTaskDto(BaseModel):
    """
    An external task (a runtime job).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    activity_id: Annotated[
        str,
        Field(
            alias="activityId",
            description="The activity (task element) id.",
            examples=["charge-card"],
        ),
    ]
    activity_instance_id: Annotated[
        str | None,
        Field(
            alias="activityInstanceId",
            description="The activity instance id.",
            examples=["charge-card:2251799813685258"],
        ),
    ] = None
    error_message: Annotated[
        str | None,
        Field(alias="errorMessage", description="The message of the last failure."),
    ] = None
    execution_id: Annotated[
        str | None,
        Field(
            alias="executionId",
            description="The execution id.",
            examples=["2251799813685258"],
        ),
    ] = None
    id: Annotated[
        str,
        Field(description="The task id (the job id).", examples=["2251799813685257"]),
    ]
    lock_expiration_time: Annotated[
        str | None,
        Field(
            alias="lockExpirationTime",
            description="When the lock expires (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`), null when not locked.",
        ),
    ] = None
    create_time: Annotated[
        str | None, Field(alias="createTime", description="When the task was created.")
    ] = None
    process_definition_id: Annotated[
        str | None,
        Field(alias="processDefinitionId", description="The process definition id."),
    ] = None
    process_definition_key: Annotated[
        str | None,
        Field(
            alias="processDefinitionKey",
            description="The process definition key (BPMN process id).",
        ),
    ] = None
    process_definition_version_tag: Annotated[
        str | None,
        Field(alias="processDefinitionVersionTag", description="Always null."),
    ] = None
    process_instance_id: Annotated[
        str, Field(alias="processInstanceId", description="The process instance id.")
    ]
    tenant_id: Annotated[
        str | None, Field(alias="tenantId", description="The tenant.")
    ] = None
    retries: Annotated[
        int | None,
        Field(description="The retries left (jobgate's jobs always have a number)."),
    ]
    suspended: Annotated[bool, Field(description="Whether the task is suspended.")]
    worker_id: Annotated[
        str | None,
        Field(
            alias="workerId",
            description="The worker holding the lock (also after it expired), else null.",
        ),
    ] = None
    topic_name: Annotated[
        str, Field(alias="topicName", description="The topic (job type).")
    ]
    priority: Annotated[int, Field(description="The priority.")]
    business_key: Annotated[
        str | None,
        Field(alias="businessKey", description="The process instance's business key."),
    ] = None


class LockedExternalTaskDto(ExternalTaskDto):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    error_details: Annotated[
        str | None,
        Field(alias="errorDetails", description="The details of the last failure."),
    ] = None
    variables: Annotated[
        dict[str, VariableValueDto],
        Field(description="The variables asked for, typed."),
    ]
    extension_properties: Annotated[
        dict[str, str], Field(alias="extensionProperties", description="Always `{}`.")
    ]


class CompleteExternalTaskDto(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    worker_id: Annotated[
        str,
        Field(
            alias="workerId",
            description="The worker that holds the lock.",
            examples=["worker-1"],
        ),
    ]
    variables: dict[str, VariableValueDto] | None = None
    local_variables: Annotated[
        dict[str, VariableValueDto] | None, Field(alias="localVariables")
    ] = None


class ExternalTaskFailureDto(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    worker_id: Annotated[
        str,
        Field(
            alias="workerId",
            description="The worker that holds the lock.",
            examples=["worker-1"],
        ),
    ]
    error_message: Annotated[
        str | None, Field(alias="errorMessage", description="The failure's message.")
    ] = None
    error_details: Annotated[
        str | None,
        Field(alias="errorDetails", description="Details (e.g. a stack trace)."),
    ] = None
    retries: Annotated[
        int | None,
        Field(
            description="Retries left after this failure (default 0, an incident).",
            ge=0,
            le=2147483647,
        ),
    ] = None
    retry_timeout: Annotated[
        int | None,
        Field(
            alias="retryTimeout",
            description="Milliseconds until the task can be locked again.",
            ge=0,
            le=9007199254740991,
        ),
    ] = None
    variables: dict[str, VariableValueDto] | None = None
    local_variables: Annotated[
        dict[str, VariableValueDto] | None, Field(alias="localVariables")
    ] = None


class ExternalTaskBpmnErrorDto(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    worker_id: Annotated[
        str,
        Field(
            alias="workerId",
            description="The worker that holds the lock.",
            examples=["worker-1"],
        ),
    ]
    error_code: Annotated[
        str,
        Field(
            alias="errorCode",
            description="The BPMN error code.",
            examples=["card-declined"],
        ),
    ]
    error_message: Annotated[
        str | None, Field(alias="errorMessage", description="The error's message.")
    ] = None
    variables: dict[str, VariableValueDto] | None = None


class ExtendLockOnExternalTaskDto(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    worker_id: Annotated[
        str,
        Field(
            alias="workerId",
            description="The worker that holds the lock.",
            examples=["worker-1"],
        ),
    ]
    new_duration: Annotated[
        int,
        Field(
            alias="newDuration",
            description='The new lock duration (ms from now); 0 or less is a 400 "lockTime is not greater than 0".',
            examples=[60000],
            ge=-9223372036854775808,
            le=9007199254740991,
        ),
    ]


class RetriesDto(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    retries: Annotated[
        int | None,
        Field(
            description="The new retries; null is a 400, negative a 400.",
            examples=[3],
            ge=-2147483648,
            le=2147483647,
        ),
    ] = None


class ExternalTaskQueryDto(BaseModel):
    """
    The query of `GET /external-task` as a body (lists as arrays).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    external_task_id: Annotated[str | None, Field(alias="externalTaskId")] = None
    external_task_id_in: Annotated[
        list[str] | None, Field(alias="externalTaskIdIn")
    ] = None
    topic_name: Annotated[str | None, Field(alias="topicName")] = None
    worker_id: Annotated[str | None, Field(alias="workerId")] = None
    locked: bool | None = None
    not_locked: Annotated[bool | None, Field(alias="notLocked")] = None
    lock_expiration_before: Annotated[
        str | None, Field(alias="lockExpirationBefore")
    ] = None
    lock_expiration_after: Annotated[str | None, Field(alias="lockExpirationAfter")] = (
        None
    )
    activity_id: Annotated[str | None, Field(alias="activityId")] = None
    activity_id_in: Annotated[list[str] | None, Field(alias="activityIdIn")] = None
    execution_id: Annotated[str | None, Field(alias="executionId")] = None
    process_instance_id: Annotated[str | None, Field(alias="processInstanceId")] = None
    process_instance_id_in: Annotated[
        list[str] | None, Field(alias="processInstanceIdIn")
    ] = None
    process_definition_id: Annotated[str | None, Field(alias="processDefinitionId")] = (
        None
    )
    process_definition_key: Annotated[
        str | None, Field(alias="processDefinitionKey")
    ] = None
    process_definition_key_in: Annotated[
        list[str] | None, Field(alias="processDefinitionKeyIn")
    ] = None
    tenant_id_in: Annotated[list[str] | None, Field(alias="tenantIdIn")] = None
    without_tenant_id: Annotated[bool | None, Field(alias="withoutTenantId")] = None
    with_retries_left: Annotated[bool | None, Field(alias="withRetriesLeft")] = None
    no_retries_left: Annotated[bool | None, Field(alias="noRetriesLeft")] = None
    active: bool | None = None
    suspended: bool | None = None
    priority_higher_than_or_equals: Annotated[
        int | None,
        Field(
            alias="priorityHigherThanOrEquals",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    priority_lower_than_or_equals: Annotated[
        int | None,
        Field(
            alias="priorityLowerThanOrEquals",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    sorting: list[SortingDto] | None = None


class JobDefinitionQueryDto(BaseModel):
    """
    A job definition query. Every property is optional and may be `null` (no filter); unknown properties are ignored.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    job_definition_id: Annotated[
        str | None,
        Field(
            alias="jobDefinitionId",
            description="Filter by job definition id.",
            examples=["2251799813685250"],
        ),
    ] = None
    activity_id_in: Annotated[
        list[str] | None,
        Field(
            alias="activityIdIn",
            description="Only include job definitions which belong to one of the passed activity ids. An empty list applies no filter.",
            examples=[["charge-card", "ship-order"]],
        ),
    ] = None
    process_definition_id: Annotated[
        str | None,
        Field(
            alias="processDefinitionId",
            description="Only include job definitions which exist for the given process definition id.",
            examples=["invoice:1:2251799813685249"],
        ),
    ] = None
    process_definition_key: Annotated[
        str | None,
        Field(
            alias="processDefinitionKey",
            description="Only include job definitions which exist for the given process definition key.",
            examples=["invoice"],
        ),
    ] = None
    job_type: Annotated[
        str | None,
        Field(
            alias="jobType",
            description="Only include job definitions which exist for the given job type.",
            examples=["async-continuation"],
        ),
    ] = None
    job_configuration: Annotated[
        str | None,
        Field(
            alias="jobConfiguration",
            description="Only include job definitions which exist for the given job configuration.",
            examples=["async-before"],
        ),
    ] = None
    active: Annotated[
        bool | None,
        Field(
            description="Only include active job definitions. `false` applies no filter."
        ),
    ] = None
    suspended: Annotated[
        bool | None,
        Field(
            description="Only include suspended job definitions. `false` applies no filter; wins over `active` when both are `true`."
        ),
    ] = None
    with_overriding_job_priority: Annotated[
        bool | None,
        Field(
            alias="withOverridingJobPriority",
            description="Only include job definitions that have an overriding job priority defined. `false` applies no filter.",
        ),
    ] = None
    tenant_id_in: Annotated[
        list[str] | None,
        Field(
            alias="tenantIdIn",
            description="Only include job definitions which belong to one of the passed tenant ids. An empty list applies no filter.",
            examples=[["tenant-a"]],
        ),
    ] = None
    without_tenant_id: Annotated[
        bool | None,
        Field(
            alias="withoutTenantId",
            description="Only include job definitions which belong to no tenant; wins over `tenantIdIn`. `false` applies no filter.",
        ),
    ] = None
    include_job_definitions_without_tenant_id: Annotated[
        bool | None,
        Field(
            alias="includeJobDefinitionsWithoutTenantId",
            description="Include job definitions which belong to no tenant in addition to those of `tenantIdIn`. On its own it filters nothing.",
        ),
    ] = None
    sorting: Annotated[
        list[JobDefinitionSortingDto] | None,
        Field(
            description="Criteria to sort the result by. The position in the array is the rank of an ordering (primary, secondary, ...)."
        ),
    ] = None


class JobQueryDto(BaseModel):
    """
    A job query: the filters of `GET /job` under the same names, lists as arrays. Every property is optional and may be `null` (no filter); unknown properties are ignored.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    job_id: Annotated[
        str | None,
        Field(
            alias="jobId",
            description="Filter by job id.",
            examples=["2251799813685253"],
        ),
    ] = None
    job_ids: Annotated[
        list[str] | None,
        Field(
            alias="jobIds",
            description="Filter by a list of job ids.",
            examples=[["2251799813685253", "2251799813685260"]],
        ),
    ] = None
    job_definition_id: Annotated[
        str | None,
        Field(
            alias="jobDefinitionId",
            description="Only select jobs which exist for the given job definition.",
        ),
    ] = None
    process_instance_id: Annotated[
        str | None,
        Field(
            alias="processInstanceId",
            description="Only select jobs which exist for the given process instance.",
        ),
    ] = None
    process_instance_ids: Annotated[
        list[str] | None,
        Field(
            alias="processInstanceIds",
            description="Only select jobs which exist for one of the given process instances.",
        ),
    ] = None
    execution_id: Annotated[
        str | None,
        Field(
            alias="executionId",
            description="Only select jobs which exist for the given execution.",
        ),
    ] = None
    process_definition_id: Annotated[
        str | None,
        Field(
            alias="processDefinitionId",
            description="Filter by the id of the process definition the jobs run on.",
        ),
    ] = None
    process_definition_key: Annotated[
        str | None,
        Field(
            alias="processDefinitionKey",
            description="Filter by the key of the process definition the jobs run on (the BPMN process id).",
            examples=["invoice"],
        ),
    ] = None
    activity_id: Annotated[
        str | None,
        Field(
            alias="activityId",
            description="Only select jobs which exist for an activity with the given id.",
        ),
    ] = None
    with_retries_left: Annotated[
        bool | None,
        Field(
            alias="withRetriesLeft",
            description="Only select jobs which have retries left. `false` applies no filter.",
        ),
    ] = None
    executable: Annotated[
        bool | None,
        Field(
            description="Only select executable jobs (retries > 0, due date `null` or in the past)."
        ),
    ] = None
    timers: Annotated[
        bool | None,
        Field(
            description="Only select timers. Cannot be used together with `messages`."
        ),
    ] = None
    messages: Annotated[
        bool | None,
        Field(
            description="Only select messages. Cannot be used together with `timers`."
        ),
    ] = None
    due_dates: Annotated[
        list[JobConditionQueryParameterDto] | None,
        Field(
            alias="dueDates",
            description="Due date conditions (strict; jobs without a due date never match).",
        ),
    ] = None
    create_times: Annotated[
        list[JobConditionQueryParameterDto] | None,
        Field(
            alias="createTimes",
            description="Create time conditions (`lt` is lower than or equal, as in the engine).",
        ),
    ] = None
    with_exception: Annotated[
        bool | None,
        Field(
            alias="withException",
            description="Only select jobs that failed due to an exception.",
        ),
    ] = None
    exception_message: Annotated[
        str | None,
        Field(
            alias="exceptionMessage",
            description="Only select jobs that failed with exactly this exception message.",
        ),
    ] = None
    failed_activity_id: Annotated[
        str | None,
        Field(
            alias="failedActivityId",
            description="Only select jobs that failed at the activity with this id.",
        ),
    ] = None
    no_retries_left: Annotated[
        bool | None,
        Field(
            alias="noRetriesLeft",
            description="Only select jobs which have no retries left.",
        ),
    ] = None
    active: Annotated[
        bool | None,
        Field(
            description="Only include active jobs; `suspended` wins when both are `true`."
        ),
    ] = None
    suspended: Annotated[
        bool | None, Field(description="Only include suspended jobs.")
    ] = None
    priority_lower_than_or_equals: Annotated[
        int | None,
        Field(
            alias="priorityLowerThanOrEquals",
            description="Only include jobs with a priority lower than or equal to the given value.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    priority_higher_than_or_equals: Annotated[
        int | None,
        Field(
            alias="priorityHigherThanOrEquals",
            description="Only include jobs with a priority higher than or equal to the given value.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    tenant_id_in: Annotated[
        list[str] | None,
        Field(
            alias="tenantIdIn",
            description="Only include jobs of one of these tenants.",
            examples=[["tenant-a"]],
        ),
    ] = None
    without_tenant_id: Annotated[
        bool | None,
        Field(
            alias="withoutTenantId",
            description="Only include jobs which belong to no tenant; wins over `tenantIdIn`.",
        ),
    ] = None
    include_jobs_without_tenant_id: Annotated[
        bool | None,
        Field(
            alias="includeJobsWithoutTenantId",
            description="Include jobs without a tenant in addition to those of `tenantIdIn`.",
        ),
    ] = None
    sorting: Annotated[
        list[JobSortingDto] | None,
        Field(
            description="Criteria to sort the result by; the position in the array is the rank of an ordering."
        ),
    ] = None


class AuthorizationExceptionDto(BaseModel):
    """
    The engine's `AuthorizationException`: the user lacks a permission. `resourceName`, `resourceId` and `permissionName` (deprecated) are filled only when exactly one authorization is missing.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Annotated[
        str,
        Field(
            description="Always `AuthorizationException`.",
            examples=["AuthorizationException"],
        ),
    ]
    message: Annotated[
        str,
        Field(
            description="A message that names the user and the missing permissions.",
            examples=["The user with id 'jonny' does not have one of the following permissions: 'READ' permission on resource 'ProcessDefinition'"],
        ),
    ]
    code: Annotated[int, Field(description="The engine's error code, 0.", examples=[0])]
    user_id: Annotated[
        str,
        Field(alias="userId", description="The id of the user.", examples=["jonny"]),
    ]
    resource_name: Annotated[
        str | None,
        Field(
            alias="resourceName",
            description="The resource type of the only missing authorization, else null.",
            examples=["ProcessDefinition"],
        ),
    ]
    resource_id: Annotated[
        str | None,
        Field(
            alias="resourceId",
            description="The resource id of the only missing authorization, else null.",
            examples=[None],
        ),
    ]
    permission_name: Annotated[
        str | None,
        Field(
            alias="permissionName",
            description="The permission of the only missing authorization, else null.",
            examples=["READ"],
        ),
    ]
    missing_authorizations: Annotated[
        list[MissingAuthorizationDto],
        Field(
            alias="missingAuthorizations",
            description="The missing authorizations; having any one of them would be enough.",
        ),
    ]
