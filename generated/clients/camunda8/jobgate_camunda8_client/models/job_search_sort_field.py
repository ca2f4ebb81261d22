# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

JobSearchSortField = Literal[
    "creationTime",
    "deadline",
    "elementId",
    "elementInstanceKey",
    "jobKey",
    "priority",
    "processDefinitionId",
    "processDefinitionKey",
    "processInstanceKey",
    "retries",
    "state",
    "tenantId",
    "type",
    "worker",
]

JOB_SEARCH_SORT_FIELD_VALUES: set[JobSearchSortField] = {
    "creationTime",
    "deadline",
    "elementId",
    "elementInstanceKey",
    "jobKey",
    "priority",
    "processDefinitionId",
    "processDefinitionKey",
    "processInstanceKey",
    "retries",
    "state",
    "tenantId",
    "type",
    "worker",
}


def check_job_search_sort_field(value: str) -> JobSearchSortField:
    if value in JOB_SEARCH_SORT_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_SEARCH_SORT_FIELD_VALUES!r}")
