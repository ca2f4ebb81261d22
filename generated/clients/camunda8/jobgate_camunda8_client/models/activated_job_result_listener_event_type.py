# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

ActivatedJobResultListenerEventType = Literal[
    "ASSIGNING",
    "BEFORE_ALL",
    "CANCEL",
    "CANCELING",
    "COMPLETING",
    "CREATING",
    "END",
    "START",
    "UNSPECIFIED",
    "UPDATING",
]

ACTIVATED_JOB_RESULT_LISTENER_EVENT_TYPE_VALUES: set[ActivatedJobResultListenerEventType] = {
    "ASSIGNING",
    "BEFORE_ALL",
    "CANCEL",
    "CANCELING",
    "COMPLETING",
    "CREATING",
    "END",
    "START",
    "UNSPECIFIED",
    "UPDATING",
}


def check_activated_job_result_listener_event_type(value: str) -> ActivatedJobResultListenerEventType:
    if value in ACTIVATED_JOB_RESULT_LISTENER_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTIVATED_JOB_RESULT_LISTENER_EVENT_TYPE_VALUES!r}")
