# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

PartitionHealth = Literal["dead", "healthy", "unhealthy"]

PARTITION_HEALTH_VALUES: set[PartitionHealth] = {
    "dead",
    "healthy",
    "unhealthy",
}


def check_partition_health(value: str) -> PartitionHealth:
    if value in PARTITION_HEALTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTITION_HEALTH_VALUES!r}")
