# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """A link to a related resource.

    Attributes:
        href (str): URL of the linked resource: JOBGATE_PUBLIC_URL followed by the path when the server has one
            configured, otherwise the path alone (relative to the server root, e.g. `/process/api/v1/process-
            instances/1/jobs/2`). Never built from the request's Host header.
        rel (str): Relation of the linked resource to this one (e.g. `self`).
        title (str | Unset): Title of the link.
        media_type (str | Unset): Media type of the linked resource.
    """

    href: str
    rel: str
    title: str | Unset = UNSET
    media_type: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        rel = self.rel

        title = self.title

        media_type = self.media_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "href": href,
                "rel": rel,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href")

        rel = d.pop("rel")

        title = d.pop("title", UNSET)

        media_type = d.pop("mediaType", UNSET)

        link = cls(
            href=href,
            rel=rel,
            title=title,
            media_type=media_type,
        )

        return link
