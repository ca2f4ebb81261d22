"""The store's domain exceptions: what went wrong, with the facts, and no HTTP.

Each class belongs to one kind of failure (invalid request, not found, conflict, unavailable); `status` is the
HTTP status that kind maps to, a plain number, so the store needs no web library. The exceptions that a vendor
dialect words in its own way (a job that cannot be completed, an OPA process instance that does not exist) carry
their facts as attributes; jobgate.api.messages words them per dialect. `message` is a neutral wording, used
where no dialect has its own (the admin API, logs).
"""

from __future__ import annotations


class JobgateError(Exception):
    """A domain error; the api layer renders it in the shape of the dialect that was called."""

    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidRequest(JobgateError):
    status = 400


class Forbidden(JobgateError):
    """The caller may not do this (e.g. it names a tenant it is not assigned to)."""

    status = 403


class NotFound(JobgateError):
    status = 404


class Conflict(JobgateError):
    status = 409


class StoreUnavailable(JobgateError):
    status = 503


class TenantForbidden(Forbidden):
    """The caller named a tenant it is not assigned to."""

    def __init__(self, tenant: str) -> None:
        super().__init__(f"Tenant '{tenant}' is not one of the caller's tenants.")
        self.tenant = tenant


class JobNotFound(NotFound):
    """No job with this key."""

    def __init__(self, key: int) -> None:
        super().__init__(f"Job with key {key} not found.")
        self.key = key


class JobNotCommandable(Conflict):
    """A worker command (`action`: complete, fail or throw_error) on a job that is neither activatable nor activated."""

    def __init__(self, key: int, state: str, action: str) -> None:
        super().__init__(f"Cannot {action} job with key {key}: its state is {state}.")
        self.key = key
        self.state = state
        self.action = action


class JobNotResubmittable(Conflict):
    """A resubmit of a job that is no longer at runtime (completed or ended by an error)."""

    def __init__(self, key: int, state: str) -> None:
        super().__init__(f"Job with key {key} is {state} and cannot be resubmitted.")
        self.key = key
        self.state = state


class JobExecuting(Conflict):
    """A resubmit of a job that a worker holds under a lease that has not run out."""

    def __init__(self, key: int) -> None:
        super().__init__(f"Job {key} is executing and cannot be resubmitted.")
        self.key = key


class InstanceNotFound(NotFound):
    """No process instance with this key (or not one of the tenant named)."""

    def __init__(self, key: int) -> None:
        super().__init__(f"No process instance with key {key}.")
        self.key = key


class InstanceJobNotFound(NotFound):
    """The instance exists but has no runtime job with this key (a negative key: the id was not a key at all)."""

    def __init__(self, instance_key: int, job_key: int) -> None:
        super().__init__(f"Process instance {instance_key} has no runtime job with key {job_key}.")
        self.instance_key = instance_key
        self.job_key = job_key


class JobOperationNotFound(JobNotFound):
    """A job operation (`operation`: get, stacktrace, retries, suspended, duedate, priority, execute, delete) on a
    job that is not at runtime, belongs to a tenant outside the caller's, or does not exist; `job_id` is the id as
    given."""

    def __init__(self, key: int, operation: str, job_id: str | None = None) -> None:
        super().__init__(key)
        self.operation = operation
        self.job_id = str(key) if job_id is None else job_id


class JobLocked(Conflict):
    """A job that a worker holds under a lease that has not run out cannot be deleted or executed (`operation`)."""

    def __init__(self, key: int, operation: str = "delete") -> None:
        super().__init__(f"Job {key} is held by a worker and cannot be {operation}d.")
        self.key = key
        self.operation = operation


class JobDefinitionNotFound(NotFound):
    """A job definition operation (`operation`: get, suspended, retries, priority) on an id that names no job
    definition, or one of a tenant outside the caller's; `job_definition_id` is the id as given."""

    def __init__(self, operation: str, job_definition_id: str) -> None:
        super().__init__(f"No job definition with id {job_definition_id}.")
        self.operation = operation
        self.job_definition_id = job_definition_id


class NotRecalculable(Conflict):
    """A due-date recalculation of a job that is no timer, or whose timer configuration jobgate cannot evaluate."""


class NullJobPriority(InvalidRequest):
    """PUT /job/{id}/priority without a priority (the engine's RestException, checked before the job is looked up)."""

    def __init__(self, job_id: str) -> None:
        super().__init__(f"Priority for job '{job_id}' cannot be null.")
        self.job_id = job_id
