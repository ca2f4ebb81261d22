# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from typing import Literal

CompleteJobStatus = Literal["completed"]

COMPLETE_JOB_STATUS_VALUES: set[CompleteJobStatus] = {
    "completed",
}


def check_complete_job_status(value: str) -> CompleteJobStatus:
    if value in COMPLETE_JOB_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLETE_JOB_STATUS_VALUES!r}")
