# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExtendLockOnExternalTaskDto")


@_attrs_define
class ExtendLockOnExternalTaskDto:
    """
    Attributes:
        worker_id (str): The worker that holds the lock. Example: worker-1.
        new_duration (int): The new lock duration (ms from now); 0 or less is a 400 "lockTime is not greater than 0".
            Example: 60000.
    """

    worker_id: str
    new_duration: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        new_duration = self.new_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workerId": worker_id,
                "newDuration": new_duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        worker_id = d.pop("workerId")

        new_duration = d.pop("newDuration")

        extend_lock_on_external_task_dto = cls(
            worker_id=worker_id,
            new_duration=new_duration,
        )

        extend_lock_on_external_task_dto.additional_properties = d
        return extend_lock_on_external_task_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
