# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from typing import Literal

ActivatedJobStatus = Literal["activated"]

ACTIVATED_JOB_STATUS_VALUES: set[ActivatedJobStatus] = {
    "activated",
}


def check_activated_job_status(value: str) -> ActivatedJobStatus:
    if value in ACTIVATED_JOB_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTIVATED_JOB_STATUS_VALUES!r}")
