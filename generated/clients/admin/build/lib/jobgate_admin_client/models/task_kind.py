# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from typing import Literal

TaskKind = Literal["message", "timer"]

TASK_KIND_VALUES: set[TaskKind] = {
    "message",
    "timer",
}


def check_task_kind(value: str) -> TaskKind:
    if value in TASK_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_KIND_VALUES!r}")
