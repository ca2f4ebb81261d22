# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

PartitionState = Literal["active", "joining", "learner", "leaving", "recovering", "unknown"]

PARTITION_STATE_VALUES: set[PartitionState] = {
    "active",
    "joining",
    "learner",
    "leaving",
    "recovering",
    "unknown",
}


def check_partition_state(value: str) -> PartitionState:
    if value in PARTITION_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTITION_STATE_VALUES!r}")
