# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

JobState = Literal[
    "CANCELED",
    "COMPLETED",
    "CREATED",
    "ERROR_THROWN",
    "FAILED",
    "MIGRATED",
    "PRIORITY_UPDATED",
    "RETRIES_UPDATED",
    "TIMED_OUT",
    "TIMEOUT_UPDATED",
]

JOB_STATE_VALUES: set[JobState] = {
    "CANCELED",
    "COMPLETED",
    "CREATED",
    "ERROR_THROWN",
    "FAILED",
    "MIGRATED",
    "PRIORITY_UPDATED",
    "RETRIES_UPDATED",
    "TIMED_OUT",
    "TIMEOUT_UPDATED",
}


def check_job_state(value: str) -> JobState:
    if value in JOB_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_STATE_VALUES!r}")
