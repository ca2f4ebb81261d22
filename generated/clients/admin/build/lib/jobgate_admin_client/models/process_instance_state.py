# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from typing import Literal

ProcessInstanceState = Literal["active", "completed", "incident"]

PROCESS_INSTANCE_STATE_VALUES: set[ProcessInstanceState] = {
    "active",
    "completed",
    "incident",
}


def check_process_instance_state(value: str) -> ProcessInstanceState:
    if value in PROCESS_INSTANCE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROCESS_INSTANCE_STATE_VALUES!r}")
