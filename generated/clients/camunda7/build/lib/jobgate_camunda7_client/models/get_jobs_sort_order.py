# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from typing import Literal

GetJobsSortOrder = Literal["asc", "desc"]

GET_JOBS_SORT_ORDER_VALUES: set[GetJobsSortOrder] = {
    "asc",
    "desc",
}


def check_get_jobs_sort_order(value: str) -> GetJobsSortOrder:
    if value in GET_JOBS_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_JOBS_SORT_ORDER_VALUES!r}")
