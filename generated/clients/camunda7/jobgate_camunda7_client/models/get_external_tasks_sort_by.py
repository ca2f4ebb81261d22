# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from typing import Literal

GetExternalTasksSortBy = Literal[
    "createTime",
    "id",
    "lockExpirationTime",
    "processDefinitionId",
    "processDefinitionKey",
    "processInstanceId",
    "taskPriority",
    "tenantId",
]

GET_EXTERNAL_TASKS_SORT_BY_VALUES: set[GetExternalTasksSortBy] = {
    "createTime",
    "id",
    "lockExpirationTime",
    "processDefinitionId",
    "processDefinitionKey",
    "processInstanceId",
    "taskPriority",
    "tenantId",
}


def check_get_external_tasks_sort_by(value: str) -> GetExternalTasksSortBy:
    if value in GET_EXTERNAL_TASKS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXTERNAL_TASKS_SORT_BY_VALUES!r}")
