# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from typing import Literal

JobState = Literal["activatable", "activated", "completed", "error_thrown", "failed"]

JOB_STATE_VALUES: set[JobState] = {
    "activatable",
    "activated",
    "completed",
    "error_thrown",
    "failed",
}


def check_job_state(value: str) -> JobState:
    if value in JOB_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_STATE_VALUES!r}")
