# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobDefinitionPriorityDto")


@_attrs_define
class JobDefinitionPriorityDto:
    """The overriding job priority of a job definition.

    Attributes:
        priority (int | None | Unset): The priority; `null` or missing removes the override. Example: 10.
        include_jobs (bool | Unset): Also set the priority of the job definition's runtime jobs. Default: False.
            Example: True.
    """

    priority: int | None | Unset = UNSET
    include_jobs: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        include_jobs = self.include_jobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if priority is not UNSET:
            field_dict["priority"] = priority
        if include_jobs is not UNSET:
            field_dict["includeJobs"] = include_jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        include_jobs = d.pop("includeJobs", UNSET)

        job_definition_priority_dto = cls(
            priority=priority,
            include_jobs=include_jobs,
        )

        job_definition_priority_dto.additional_properties = d
        return job_definition_priority_dto

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
