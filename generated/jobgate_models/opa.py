# Generated from openapi/opa.yaml by scripts/generate. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class Link(BaseModel):
    """
    A link to a related resource.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    href: Annotated[
        str,
        Field(
            description="URL of the linked resource: JOBGATE_PUBLIC_URL followed by the path when the server has one configured, otherwise the path alone (relative to the server root, e.g. `/process/api/v1/process-instances/1/jobs/2`). Never built from the request's Host header."
        ),
    ]
    rel: Annotated[
        str,
        Field(description="Relation of the linked resource to this one (e.g. `self`)."),
    ]
    title: Annotated[str | None, Field(description="Title of the link.")] = None
    media_type: Annotated[
        str | None,
        Field(alias="mediaType", description="Media type of the linked resource."),
    ] = None


class OracleError(BaseModel):
    """
    Oracle REST error body.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Annotated[str, Field(description="URI identifying the error type.")]
    title: Annotated[str, Field(description="Short summary of the error.")]
    status: Annotated[int, Field(description="HTTP status code.")]
    detail: Annotated[str, Field(description="What went wrong, in detail.")]
    o_error_code: Annotated[
        str, Field(alias="o:errorCode", description="Application error code.")
    ]


class ProcessInstanceJobItem(BaseModel):
    """
    A runtime job of a process instance.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Job ID.")]
    activity_name: Annotated[
        str,
        Field(
            alias="activityName",
            description="Display name of the activity that created the job.",
        ),
    ]
    created_time: Annotated[
        str,
        Field(
            alias="createdTime",
            description="When the job was created, `yyyy-MM-dd'T'HH:mm:ss` in UTC.",
            examples=["2024-05-01T12:30:00"],
            pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$",
        ),
    ]
    due_date: Annotated[
        str | None,
        Field(
            alias="dueDate",
            description="When the job is due to run, `yyyy-MM-dd'T'HH:mm:ss` in UTC; null when the job has no due date.",
            examples=["2024-05-01T12:35:00"],
            pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$",
        ),
    ]
    exception_message: Annotated[
        str | None,
        Field(
            alias="exceptionMessage",
            description="Message of the last execution's exception; null if none.",
        ),
    ]
    exception_trace: Annotated[
        str | None,
        Field(
            alias="exceptionTrace",
            description="Stack trace of the last execution's exception, shown only for a job with no retries left (retries 0, as for an EXHAUSTED job); null otherwise.",
        ),
    ]
    execution_id: Annotated[
        str,
        Field(
            alias="executionId", description="ID of the execution that created the job."
        ),
    ]
    is_executing: Annotated[
        bool,
        Field(
            alias="isExecuting",
            description="Whether the job is executing right now (locked by a worker).",
        ),
    ]
    is_retry_allowed: Annotated[
        bool,
        Field(
            alias="isRetryAllowed",
            description="Whether the job may be resubmitted now (a runtime job that is not executing).",
        ),
    ]
    process_definition_id: Annotated[
        str,
        Field(alias="processDefinitionId", description="ID of the process definition."),
    ]
    process_definition_key: Annotated[
        str,
        Field(
            alias="processDefinitionKey", description="Key of the process definition."
        ),
    ]
    process_instance_id: Annotated[
        str,
        Field(
            alias="processInstanceId",
            description="ID of the process instance that owns the job.",
        ),
    ]
    retries: Annotated[int, Field(description="Retries left.")]
    links: Annotated[list[Link], Field(description="Links related to this resource.")]


class ProcessInstanceJobs(BaseModel):
    """
    A page of process instance jobs.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    items: Annotated[
        list[ProcessInstanceJobItem], Field(description="The jobs on this page.")
    ]
    count: Annotated[int, Field(description="Number of jobs returned on this page.")]
    limit: Annotated[int, Field(description="The `limit` used.")]
    offset: Annotated[int, Field(description="The `offset` used.")]
    has_more: Annotated[
        bool, Field(alias="hasMore", description="Whether more jobs follow this page.")
    ]
    total_results: Annotated[
        int | None,
        Field(
            alias="totalResults",
            description="Total number of matching jobs; present only when `totalResults=true` was requested.",
        ),
    ] = None
    links: Annotated[list[Link], Field(description="Links related to this resource.")]
