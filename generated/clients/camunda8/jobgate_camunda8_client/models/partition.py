# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.partition_health import PartitionHealth, check_partition_health
from ..models.partition_role import PartitionRole, check_partition_role
from ..models.partition_state import PartitionState, check_partition_state

T = TypeVar("T", bound="Partition")


@_attrs_define
class Partition:
    """A partition and its health.

    Attributes:
        partition_id (int): Always 1.
        role (PartitionRole): Always `leader`.
        health (PartitionHealth): Always `healthy`.
        state (PartitionState): Always `active`.
    """

    partition_id: int
    role: PartitionRole
    health: PartitionHealth
    state: PartitionState

    def to_dict(self) -> dict[str, Any]:
        partition_id = self.partition_id

        role: str = self.role

        health: str = self.health

        state: str = self.state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "partitionId": partition_id,
                "role": role,
                "health": health,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partition_id = d.pop("partitionId")

        role = check_partition_role(d.pop("role"))

        health = check_partition_health(d.pop("health"))

        state = check_partition_state(d.pop("state"))

        partition = cls(
            partition_id=partition_id,
            role=role,
            health=health,
            state=state,
        )

        return partition
