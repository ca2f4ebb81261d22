# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
from typing import Literal

ListProcessInstanceJobsState = Literal["ALL", "EXHAUSTED", "FAULTED", "READY", "SCHEDULED"]

LIST_PROCESS_INSTANCE_JOBS_STATE_VALUES: set[ListProcessInstanceJobsState] = {
    "ALL",
    "EXHAUSTED",
    "FAULTED",
    "READY",
    "SCHEDULED",
}


def check_list_process_instance_jobs_state(value: str) -> ListProcessInstanceJobsState:
    if value in LIST_PROCESS_INSTANCE_JOBS_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PROCESS_INSTANCE_JOBS_STATE_VALUES!r}")
