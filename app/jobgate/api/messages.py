"""Error messages worded the way each dialect's server words them.

The store raises typed exceptions with the facts (jobgate.store.errors), Connexion validation raises structured
`ParameterProblem`s; here each dialect turns them into its own sentences (the wording the contract tests expect).
"""

from __future__ import annotations

from connexion.exceptions import ProblemException
from starlette.exceptions import HTTPException

from jobgate.api.dialects import CAMUNDA7, CAMUNDA8, OPA, ZEEBE, Dialect
from jobgate.api.problems import ParameterProblem
from jobgate.store.errors import (
    InstanceJobNotFound,
    InstanceNotFound,
    JobDefinitionNotFound,
    JobExecuting,
    JobgateError,
    JobLocked,
    JobNotCommandable,
    JobNotFound,
    JobNotResubmittable,
    JobOperationNotFound,
    NotRecalculable,
    NullJobPriority,
    TenantForbidden,
)
from jobgate.store.tables import FAILED

STATUS_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    408: "Request Timeout",
    409: "Conflict",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    501: "Not Implemented",
    503: "Service Unavailable",
}

_JAVA_TYPES = {"boolean": "java.lang.Boolean", "integer": "java.lang.Integer", "number": "java.lang.Double"}
_ZEEBE_ACTIONS = {"complete": "complete", "fail": "fail", "throw_error": "throw an error for"}


def _camunda_param_message(p: ParameterProblem) -> str:
    if p.kind == "missing":
        return f"Required {p.location} parameter '{p.name}' is missing"
    prefix = f"Cannot set {p.location} parameter '{p.name}' to value '{p.value}'"
    if p.kind == "enum":
        return prefix
    if p.kind == "type":
        java = _JAVA_TYPES.get(str(p.schema.get("type")), "java.lang.String")
        if p.schema.get("type") == "integer" and p.schema.get("format") == "int64":
            java = "java.lang.Long"
        return f"{prefix}: Cannot convert value {p.value} to java type {java}"
    return f"{prefix}: {p.detail}"


def _zeebe_param_message(p: ParameterProblem) -> str:
    if p.kind == "missing":
        return f"Expected {p.location} parameter `{p.name}` to be provided, but it's null or undefined."
    if p.kind == "enum":
        allowed = ",".join(str(v) for v in p.schema.get("enum", []))
        return f"Expected {p.location} parameter `{p.name}` to be one of `[{allowed}]`, but it's `{p.value}`."
    if p.kind == "type":
        return f"Expected {p.location} parameter `{p.name}` to be of type {p.schema.get('type')}, but it's `{p.value}`."
    return f"Invalid {p.location} parameter `{p.name}` (`{p.value}`): {p.detail}"


def _opa_param_message(p: ParameterProblem) -> str:
    if p.kind == "missing":
        return f"The {p.location} parameter '{p.name}' is required."
    if p.kind == "enum":
        allowed = ", ".join(str(v) for v in p.schema.get("enum", []))
        return f"Invalid value '{p.value}' for {p.location} parameter '{p.name}'. Allowed values: {allowed}."
    return f"Invalid value '{p.value}' for {p.location} parameter '{p.name}': {p.detail}"


def _camunda8_param_message(p: ParameterProblem) -> str:
    if p.location == "path" and p.name.endswith("Key"):  # Camunda's ErrorMessages.ERROR_MESSAGE_INVALID_KEY
        return f"The provided {p.name} '{p.value}' is not a valid key. Expected a numeric value."
    if p.kind == "missing":
        return f"No {p.name} provided."
    return f"The value for {p.name} is '{p.value}' but {p.detail}"


# The engine's words for a job an operation cannot find (JobResourceImpl and the commands it calls); the stray
# quote of ENGINE-13053 is the engine's own.
_CAMUNDA_JOB_NOT_FOUND = {
    "get": "Job with id {id} does not exist",
    "stacktrace": "No job found with id {id}: job is null",
    "retries": "ENGINE-13053 No job found with id '{id}'.'",
    "suspended": "No job found with id '{id}': job is null",
    "duedate": "No job found with id '{id}'.",
    "priority": "No job found with id '{id}': job is null",
    "execute": "ENGINE-14026 No job found with id '{id}'",
    "recalculate": "No job found with id '{id}': job is null",
    "delete": "No job found with id '{id}': job is null",
}
# JobDefinitionResourceImpl's words for GET, SetJobDefinitionPriorityCmd's for the commands (the engine ignores an
# unknown id in the suspension and retries commands; jobgate answers 404 there too).
_CAMUNDA_JOB_DEFINITION_NOT_FOUND = {
    "get": "Job Definition with id {id} does not exist",
    "suspended": "Job definition with id '{id}' does not exist: jobDefinition is null",
    "retries": "Job definition with id '{id}' does not exist: jobDefinition is null",
    "priority": "Job definition with id '{id}' does not exist: jobDefinition is null",
}


def _camunda_message(exc: JobgateError) -> str:
    if isinstance(exc, JobOperationNotFound):
        return _CAMUNDA_JOB_NOT_FOUND[exc.operation].format(id=exc.job_id)
    if isinstance(exc, JobDefinitionNotFound):
        return _CAMUNDA_JOB_DEFINITION_NOT_FOUND[exc.operation].format(id=exc.job_definition_id)
    if isinstance(exc, JobLocked):
        return f"Cannot {exc.operation} job when the job is being executed. Try again later."
    return exc.message


def camunda_type(exc: BaseException) -> str | None:
    """The engine's exception class where it is not the one its status implies (jobgate.api.errors.render)."""
    if isinstance(exc, NullJobPriority):
        return "RestException"
    if isinstance(exc, NotRecalculable):  # the engine's class (with status 500)
        return "InvalidRequestException"
    return None


def _zeebe_message(exc: JobgateError) -> str:
    if isinstance(exc, JobNotCommandable):
        reason = "an incident (failed with no retries left)" if exc.state == FAILED else exc.state
        action = _ZEEBE_ACTIONS.get(exc.action, exc.action)
        return f"Cannot {action} job with key {exc.key}: it is {reason}, not activated."
    if isinstance(exc, JobNotFound):
        return f"Job with key {exc.key} not found."
    return exc.message


def _opa_message(exc: JobgateError) -> str:
    if isinstance(exc, InstanceNotFound):
        return "Process instance ID does not exist."
    if isinstance(exc, InstanceJobNotFound):
        job = f"Job {exc.job_key}" if exc.job_key >= 0 else "The job"  # a negative key stands for an unparseable id
        return f"{job} does not exist in process instance {exc.instance_key}."
    if isinstance(exc, JobExecuting):
        return f"Job {exc.key} is executing right now and cannot be resubmitted."
    if isinstance(exc, JobNotResubmittable):
        return f"Job with key {exc.key} is {exc.state} and cannot be resubmitted."
    if isinstance(exc, TenantForbidden):
        return f"The user does not have authorization to perform this request for tenant '{exc.tenant}'."
    return exc.message


def message_for(dialect: Dialect, exc: BaseException) -> str:
    """The human message of an error, worded for the dialect."""
    if isinstance(exc, ParameterProblem):
        if dialect is CAMUNDA7:
            return _camunda_param_message(exc)
        if dialect is ZEEBE:
            return _zeebe_param_message(exc)
        if dialect is OPA:
            return _opa_param_message(exc)
        if dialect is CAMUNDA8:
            return _camunda8_param_message(exc)
        return str(exc.detail)
    if isinstance(exc, JobgateError):
        if dialect is ZEEBE:
            return _zeebe_message(exc)
        if dialect is OPA:
            return _opa_message(exc)
        if dialect is CAMUNDA7:
            return _camunda_message(exc)
        return exc.message
    if isinstance(exc, ProblemException):
        return str(exc.detail or exc.title or STATUS_TITLES.get(exc.status, "Error"))
    if isinstance(exc, HTTPException):
        return str(exc.detail)
    return "An internal error occurred."
