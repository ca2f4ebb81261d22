# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.job_search_sort_field import JobSearchSortField, check_job_search_sort_field
from ..models.job_search_sort_order import JobSearchSortOrder, check_job_search_sort_order
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSearchSort")


@_attrs_define
class JobSearchSort:
    """One sort criterion.

    Attributes:
        field (JobSearchSortField): The field to sort by.
        order (JobSearchSortOrder | Unset): The order. Default: 'ASC'.
    """

    field: JobSearchSortField
    order: JobSearchSortOrder | Unset = "ASC"

    def to_dict(self) -> dict[str, Any]:
        field: str = self.field

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = check_job_search_sort_field(d.pop("field"))

        _order = d.pop("order", UNSET)
        order: JobSearchSortOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = check_job_search_sort_order(_order)

        job_search_sort = cls(
            field=field,
            order=order,
        )

        return job_search_sort
