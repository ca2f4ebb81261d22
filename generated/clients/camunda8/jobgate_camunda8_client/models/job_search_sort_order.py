# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

JobSearchSortOrder = Literal["ASC", "DESC"]

JOB_SEARCH_SORT_ORDER_VALUES: set[JobSearchSortOrder] = {
    "ASC",
    "DESC",
}


def check_job_search_sort_order(value: str) -> JobSearchSortOrder:
    if value in JOB_SEARCH_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_SEARCH_SORT_ORDER_VALUES!r}")
