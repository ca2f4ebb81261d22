# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel


class ActivatedJob(BaseModel):
    """
    A job claimed by a worker until its deadline.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    key: Annotated[int, Field(description="Key of the job.")]
    status: Annotated[
        Literal["activated"],
        Field(description="Status of the job; always `activated` here."),
    ]
    type: Annotated[str, Field(description="Job type.")]
    process_instance_key: Annotated[
        int,
        Field(
            alias="processInstanceKey",
            description="Key of the process instance the job belongs to.",
        ),
    ]
    bpmn_process_id: Annotated[
        str,
        Field(
            alias="bpmnProcessId",
            description="BPMN process id of the process definition.",
        ),
    ]
    process_definition_version: Annotated[
        int,
        Field(
            alias="processDefinitionVersion",
            description="Version of the process definition.",
        ),
    ]
    process_definition_key: Annotated[
        int,
        Field(
            alias="processDefinitionKey", description="Key of the process definition."
        ),
    ]
    element_id: Annotated[
        str,
        Field(
            alias="elementId",
            description="Id of the BPMN element (task) that created the job.",
        ),
    ]
    element_instance_key: Annotated[
        int,
        Field(alias="elementInstanceKey", description="Key of the element instance."),
    ]
    custom_headers: Annotated[
        dict[str, str],
        Field(alias="customHeaders", description="Custom headers defined on the task."),
    ]
    worker: Annotated[
        str, Field(description="Name of the worker that activated the job.")
    ]
    retries: Annotated[int, Field(description="Retries left.")]
    deadline: Annotated[
        int,
        Field(
            description="When the lease expires and the job can be activated again (UNIX epoch milliseconds)."
        ),
    ]
    variables: Annotated[
        dict[str, Any],
        Field(
            description="Process instance variables at activation time, filtered by `fetchVariables`."
        ),
    ]


class CompleteJob(BaseModel):
    """
    Complete the job.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    status: Literal["completed"]
    variables: Annotated[
        dict[str, Any] | None,
        Field(
            description="Variables merged into the process instance. Every name and text must be storable (no NUL character, no lone UTF-16 surrogate), integers fit in 64 bits, nesting at most 100 levels; the merged variables of the instance are at most JOBGATE_MAX_VARIABLES_BYTES as compact JSON (default 1 MiB). Otherwise 400."
        ),
    ] = None


class FailJob(BaseModel):
    """
    Fail the job, with the retries it has left.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        regex_engine="python-re",
    )
    status: Literal["failed"]
    retries: Annotated[
        int,
        Field(
            description="Remaining retries; `0` raises an incident.",
            ge=0,
            le=2147483647,
        ),
    ]
    retry_backoff: Annotated[
        str,
        Field(
            alias="retryBackoff",
            description="Wait before the job is activatable again, as for `jobTimeout` (`0ms`, `10s`, `PT1M`).",
            pattern="^(?:(?:[0-9]{1,12}(?:ms|s|m|h))+|P(?=[0-9T])(?:[0-9]{1,12}D)?(?:T(?=[0-9])(?:[0-9]{1,12}H)?(?:[0-9]{1,12}M)?(?:[0-9]{1,12}(?:\\.[0-9]{1,9})?S)?)?)$",
        ),
    ] = "0ms"
    error_message: Annotated[
        str | None,
        Field(
            alias="errorMessage",
            description="Why the job failed; kept as the job's exception message (no NUL character).",
            max_length=65536,
            pattern="^[^\\x00]*$",
        ),
    ] = None
    variables: Annotated[
        dict[str, Any] | None,
        Field(
            description="Accepted for compatibility; the original API ignores variables on this command."
        ),
    ] = None


class ThrowJobError(BaseModel):
    """
    Throw a business error for the job.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    status: Literal["error_thrown"]
    error_code: Annotated[
        str,
        Field(
            alias="errorCode",
            description="Code of the error (no NUL character).",
            max_length=255,
            min_length=1,
            pattern="^[^\\x00]*$",
        ),
    ]
    error_message: Annotated[
        str | None,
        Field(
            alias="errorMessage",
            description="Description of the error (no NUL character).",
            max_length=65536,
            pattern="^[^\\x00]*$",
        ),
    ] = None
    variables: Annotated[
        dict[str, Any] | None,
        Field(
            description="Accepted for compatibility; the original API ignores variables on this command."
        ),
    ] = None


class ErrorResponse(BaseModel):
    """
    An error; `data` is always null.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: Annotated[None, Field(description="Always null.")]
    error: Annotated[str, Field(description="What went wrong.")]


class ActivateJobsData(BaseModel):
    """
    The jobs activated by one request.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    jobs: Annotated[
        list[ActivatedJob],
        Field(
            description="The activated jobs, in key order; empty when none became available in time."
        ),
    ]


class JobUpdate(RootModel[CompleteJob | FailJob | ThrowJobError]):
    root: Annotated[
        CompleteJob | FailJob | ThrowJobError,
        Field(
            description="The outcome of a job, selected by `status`.",
            discriminator="status",
        ),
    ]


class ActivateJobsResponse(BaseModel):
    """
    The answer to an activation request.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    data: ActivateJobsData
    error: Annotated[str | None, Field(description="Always null on success.")]
