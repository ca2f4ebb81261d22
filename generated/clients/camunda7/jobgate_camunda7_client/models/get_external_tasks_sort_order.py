# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from typing import Literal

GetExternalTasksSortOrder = Literal["asc", "desc"]

GET_EXTERNAL_TASKS_SORT_ORDER_VALUES: set[GetExternalTasksSortOrder] = {
    "asc",
    "desc",
}


def check_get_external_tasks_sort_order(value: str) -> GetExternalTasksSortOrder:
    if value in GET_EXTERNAL_TASKS_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXTERNAL_TASKS_SORT_ORDER_VALUES!r}")
