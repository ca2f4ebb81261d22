# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
from typing import Literal

ListProcessInstanceJobsSortOrder = Literal["ASC", "DESC"]

LIST_PROCESS_INSTANCE_JOBS_SORT_ORDER_VALUES: set[ListProcessInstanceJobsSortOrder] = {
    "ASC",
    "DESC",
}


def check_list_process_instance_jobs_sort_order(value: str) -> ListProcessInstanceJobsSortOrder:
    if value in LIST_PROCESS_INSTANCE_JOBS_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PROCESS_INSTANCE_JOBS_SORT_ORDER_VALUES!r}")
