# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """An RFC 7807 problem.

    Attributes:
        type_ (str): A URI reference that identifies the problem type. Example: about:blank.
        title (str): A short summary of the problem type. Example: Not Found.
        status (int): The HTTP status code. Example: 404.
        detail (str): An explanation specific to this occurrence of the problem. Example: No process instance with key
            2251799813685251..
        instance (str | Unset): A URI reference that identifies this occurrence of the problem. Example: /admin/process-
            instances/2251799813685251.
    """

    type_: str
    title: str
    status: int
    detail: str
    instance: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
            }
        )
        if instance is not UNSET:
            field_dict["instance"] = instance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        instance = d.pop("instance", UNSET)

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
        )

        return problem
