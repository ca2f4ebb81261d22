# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from typing import Literal

JobDefinitionSortingDtoSortOrder = Literal["asc", "desc"]

JOB_DEFINITION_SORTING_DTO_SORT_ORDER_VALUES: set[JobDefinitionSortingDtoSortOrder] = {
    "asc",
    "desc",
}


def check_job_definition_sorting_dto_sort_order(value: str) -> JobDefinitionSortingDtoSortOrder:
    if value in JOB_DEFINITION_SORTING_DTO_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_DEFINITION_SORTING_DTO_SORT_ORDER_VALUES!r}")
