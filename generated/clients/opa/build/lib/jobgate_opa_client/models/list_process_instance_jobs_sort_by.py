# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
from typing import Literal

ListProcessInstanceJobsSortBy = Literal["DUEDATE", "JOBID", "RETRIES"]

LIST_PROCESS_INSTANCE_JOBS_SORT_BY_VALUES: set[ListProcessInstanceJobsSortBy] = {
    "DUEDATE",
    "JOBID",
    "RETRIES",
}


def check_list_process_instance_jobs_sort_by(value: str) -> ListProcessInstanceJobsSortBy:
    if value in LIST_PROCESS_INSTANCE_JOBS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PROCESS_INSTANCE_JOBS_SORT_BY_VALUES!r}")
