# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from typing import Literal

ThrowJobErrorStatus = Literal["error_thrown"]

THROW_JOB_ERROR_STATUS_VALUES: set[ThrowJobErrorStatus] = {
    "error_thrown",
}


def check_throw_job_error_status(value: str) -> ThrowJobErrorStatus:
    if value in THROW_JOB_ERROR_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THROW_JOB_ERROR_STATUS_VALUES!r}")
