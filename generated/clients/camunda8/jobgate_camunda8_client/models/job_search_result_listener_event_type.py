# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

JobSearchResultListenerEventType = Literal[
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

JOB_SEARCH_RESULT_LISTENER_EVENT_TYPE_VALUES: set[JobSearchResultListenerEventType] = {
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


def check_job_search_result_listener_event_type(value: str) -> JobSearchResultListenerEventType:
    if value in JOB_SEARCH_RESULT_LISTENER_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_SEARCH_RESULT_LISTENER_EVENT_TYPE_VALUES!r}")
