# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_definition_sorting_dto_sort_by import (
    JobDefinitionSortingDtoSortBy,
    check_job_definition_sorting_dto_sort_by,
)
from ..models.job_definition_sorting_dto_sort_order import (
    JobDefinitionSortingDtoSortOrder,
    check_job_definition_sorting_dto_sort_order,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobDefinitionSortingDto")


@_attrs_define
class JobDefinitionSortingDto:
    """One ordering of a job definition query. Both properties are needed.

    Attributes:
        sort_by (JobDefinitionSortingDtoSortBy | Unset): The property to sort by. Example: activityId.
        sort_order (JobDefinitionSortingDtoSortOrder | Unset): The order to sort in. Example: asc.
    """

    sort_by: JobDefinitionSortingDtoSortBy | Unset = UNSET
    sort_order: JobDefinitionSortingDtoSortOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sort_by: str | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = self.sort_by

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _sort_by = d.pop("sortBy", UNSET)
        sort_by: JobDefinitionSortingDtoSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = check_job_definition_sorting_dto_sort_by(_sort_by)

        _sort_order = d.pop("sortOrder", UNSET)
        sort_order: JobDefinitionSortingDtoSortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = check_job_definition_sorting_dto_sort_order(_sort_order)

        job_definition_sorting_dto = cls(
            sort_by=sort_by,
            sort_order=sort_order,
        )

        job_definition_sorting_dto.additional_properties = d
        return job_definition_sorting_dto

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
