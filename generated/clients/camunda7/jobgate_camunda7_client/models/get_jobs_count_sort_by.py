# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from typing import Literal

GetJobsCountSortBy = Literal[
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

GET_JOBS_COUNT_SORT_BY_VALUES: set[GetJobsCountSortBy] = {
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


def check_get_jobs_count_sort_by(value: str) -> GetJobsCountSortBy:
    if value in GET_JOBS_COUNT_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_JOBS_COUNT_SORT_BY_VALUES!r}")
