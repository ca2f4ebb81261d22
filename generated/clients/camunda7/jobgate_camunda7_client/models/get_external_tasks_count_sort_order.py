# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from typing import Literal

GetExternalTasksCountSortOrder = Literal["asc", "desc"]

GET_EXTERNAL_TASKS_COUNT_SORT_ORDER_VALUES: set[GetExternalTasksCountSortOrder] = {
    "asc",
    "desc",
}


def check_get_external_tasks_count_sort_order(value: str) -> GetExternalTasksCountSortOrder:
    if value in GET_EXTERNAL_TASKS_COUNT_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXTERNAL_TASKS_COUNT_SORT_ORDER_VALUES!r}")
