# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchQueryPage")


@_attrs_define
class SearchQueryPage:
    """Offset paging.

    Attributes:
        from_ (int | Unset): How many results to skip. Default: 0.
        limit (int | Unset): The most results to return. Default: 100.
    """

    from_: int | Unset = 0
    limit: int | Unset = 100

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        limit = d.pop("limit", UNSET)

        search_query_page = cls(
            from_=from_,
            limit=limit,
        )

        return search_query_page
