# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from typing import Literal

FailJobStatus = Literal["failed"]

FAIL_JOB_STATUS_VALUES: set[FailJobStatus] = {
    "failed",
}


def check_fail_job_status(value: str) -> FailJobStatus:
    if value in FAIL_JOB_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAIL_JOB_STATUS_VALUES!r}")
