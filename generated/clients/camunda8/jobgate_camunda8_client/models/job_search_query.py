# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_filter import JobFilter
    from ..models.job_search_sort import JobSearchSort
    from ..models.search_query_page import SearchQueryPage


T = TypeVar("T", bound="JobSearchQuery")


@_attrs_define
class JobSearchQuery:
    """Filter, sort and page.

    Attributes:
        filter_ (JobFilter | Unset): Exact values to match; every given field narrows the result.
        sort (list[JobSearchSort] | Unset): Sort criteria, most significant first; ties are broken by job key.
        page (SearchQueryPage | Unset): Offset paging.
    """

    filter_: JobFilter | Unset = UNSET
    sort: list[JobSearchSort] | Unset = UNSET
    page: SearchQueryPage | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sort is not UNSET:
            field_dict["sort"] = sort
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_filter import JobFilter  # noqa: PLC0415
        from ..models.job_search_sort import JobSearchSort  # noqa: PLC0415
        from ..models.search_query_page import SearchQueryPage  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: JobFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = JobFilter.from_dict(_filter_)

        _sort = d.pop("sort", UNSET)
        sort: list[JobSearchSort] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = JobSearchSort.from_dict(sort_item_data)

                sort.append(sort_item)

        _page = d.pop("page", UNSET)
        page: SearchQueryPage | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = SearchQueryPage.from_dict(_page)

        job_search_query = cls(
            filter_=filter_,
            sort=sort,
            page=page,
        )

        return job_search_query
