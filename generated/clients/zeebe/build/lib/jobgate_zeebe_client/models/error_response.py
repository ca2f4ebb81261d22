# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """An error; `data` is always null.

    Attributes:
        data (None):  Default: None.
        error (str): What went wrong.
    """

    error: str
    data: None = None

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        error = d.pop("error")

        error_response = cls(
            data=data,
            error=error,
        )

        return error_response
