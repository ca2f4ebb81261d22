# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.job_search_result import JobSearchResult
    from ..models.search_query_page_response import SearchQueryPageResponse


T = TypeVar("T", bound="JobSearchQueryResult")


@_attrs_define
class JobSearchQueryResult:
    """A page of jobs.

    Attributes:
        items (list[JobSearchResult]): The jobs of this page.
        page (SearchQueryPageResponse): Paging facts.
    """

    items: list[JobSearchResult]
    page: SearchQueryPageResponse

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        page = self.page.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "page": page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_search_result import JobSearchResult  # noqa: PLC0415
        from ..models.search_query_page_response import SearchQueryPageResponse  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = JobSearchResult.from_dict(items_item_data)

            items.append(items_item)

        page = SearchQueryPageResponse.from_dict(d.pop("page"))

        job_search_query_result = cls(
            items=items,
            page=page,
        )

        return job_search_query_result
