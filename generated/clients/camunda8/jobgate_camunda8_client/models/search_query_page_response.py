# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SearchQueryPageResponse")


@_attrs_define
class SearchQueryPageResponse:
    """Paging facts.

    Attributes:
        total_items (int): How many jobs match.
        has_more_total_items (bool): Always false (the count is exact).
        start_cursor (None | str): Always null (no cursor paging).
        end_cursor (None | str): Always null (no cursor paging).
    """

    total_items: int
    has_more_total_items: bool
    start_cursor: None | str
    end_cursor: None | str

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        has_more_total_items = self.has_more_total_items

        start_cursor: None | str
        start_cursor = self.start_cursor

        end_cursor: None | str
        end_cursor = self.end_cursor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "totalItems": total_items,
                "hasMoreTotalItems": has_more_total_items,
                "startCursor": start_cursor,
                "endCursor": end_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_items = d.pop("totalItems")

        has_more_total_items = d.pop("hasMoreTotalItems")

        def _parse_start_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_cursor = _parse_start_cursor(d.pop("startCursor"))

        def _parse_end_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_cursor = _parse_end_cursor(d.pop("endCursor"))

        search_query_page_response = cls(
            total_items=total_items,
            has_more_total_items=has_more_total_items,
            start_cursor=start_cursor,
            end_cursor=end_cursor,
        )

        return search_query_page_response
