# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

PartitionRole = Literal["follower", "inactive", "leader"]

PARTITION_ROLE_VALUES: set[PartitionRole] = {
    "follower",
    "inactive",
    "leader",
}


def check_partition_role(value: str) -> PartitionRole:
    if value in PARTITION_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTITION_ROLE_VALUES!r}")
