# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from typing import Literal

GetJobsCountSortOrder = Literal["asc", "desc"]

GET_JOBS_COUNT_SORT_ORDER_VALUES: set[GetJobsCountSortOrder] = {
    "asc",
    "desc",
}


def check_get_jobs_count_sort_order(value: str) -> GetJobsCountSortOrder:
    if value in GET_JOBS_COUNT_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_JOBS_COUNT_SORT_ORDER_VALUES!r}")
