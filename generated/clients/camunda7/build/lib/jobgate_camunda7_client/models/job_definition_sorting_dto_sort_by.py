# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from typing import Literal

JobDefinitionSortingDtoSortBy = Literal[
    "activityId",
    "jobConfiguration",
    "jobDefinitionId",
    "jobType",
    "processDefinitionId",
    "processDefinitionKey",
    "tenantId",
]

JOB_DEFINITION_SORTING_DTO_SORT_BY_VALUES: set[JobDefinitionSortingDtoSortBy] = {
    "activityId",
    "jobConfiguration",
    "jobDefinitionId",
    "jobType",
    "processDefinitionId",
    "processDefinitionKey",
    "tenantId",
}


def check_job_definition_sorting_dto_sort_by(value: str) -> JobDefinitionSortingDtoSortBy:
    if value in JOB_DEFINITION_SORTING_DTO_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_DEFINITION_SORTING_DTO_SORT_BY_VALUES!r}")
