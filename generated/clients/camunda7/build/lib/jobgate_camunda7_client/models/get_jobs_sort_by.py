# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from typing import Literal

GetJobsSortBy = Literal[
    "executionId",
    "jobDueDate",
    "jobId",
    "jobPriority",
    "jobRetries",
    "processDefinitionId",
    "processDefinitionKey",
    "processInstanceId",
    "tenantId",
]

GET_JOBS_SORT_BY_VALUES: set[GetJobsSortBy] = {
    "executionId",
    "jobDueDate",
    "jobId",
    "jobPriority",
    "jobRetries",
    "processDefinitionId",
    "processDefinitionKey",
    "processInstanceId",
    "tenantId",
}


def check_get_jobs_sort_by(value: str) -> GetJobsSortBy:
    if value in GET_JOBS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_JOBS_SORT_BY_VALUES!r}")
