# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.process_instance_job_item import ProcessInstanceJobItem


T = TypeVar("T", bound="ProcessInstanceJobs")


@_attrs_define
class ProcessInstanceJobs:
    """A page of process instance jobs.

    Attributes:
        items (list[ProcessInstanceJobItem]): The jobs on this page.
        count (int): Number of jobs returned on this page.
        limit (int): The `limit` used.
        offset (int): The `offset` used.
        has_more (bool): Whether more jobs follow this page.
        links (list[Link]): Links related to this resource.
        total_results (int | Unset): Total number of matching jobs; present only when `totalResults=true` was requested.
    """

    items: list[ProcessInstanceJobItem]
    count: int
    limit: int
    offset: int
    has_more: bool
    links: list[Link]
    total_results: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        count = self.count

        limit = self.limit

        offset = self.offset

        has_more = self.has_more

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        total_results = self.total_results

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "count": count,
                "limit": limit,
                "offset": offset,
                "hasMore": has_more,
                "links": links,
            }
        )
        if total_results is not UNSET:
            field_dict["totalResults"] = total_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415
        from ..models.process_instance_job_item import ProcessInstanceJobItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ProcessInstanceJobItem.from_dict(items_item_data)

            items.append(items_item)

        count = d.pop("count")

        limit = d.pop("limit")

        offset = d.pop("offset")

        has_more = d.pop("hasMore")

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        total_results = d.pop("totalResults", UNSET)

        process_instance_jobs = cls(
            items=items,
            count=count,
            limit=limit,
            offset=offset,
            has_more=has_more,
            links=links,
            total_results=total_results,
        )

        return process_instance_jobs
