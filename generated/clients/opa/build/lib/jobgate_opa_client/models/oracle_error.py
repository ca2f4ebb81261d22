# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OracleError")


@_attrs_define
class OracleError:
    """Oracle REST error body.

    Attributes:
        type_ (str): URI identifying the error type.
        title (str): Short summary of the error.
        status (int): HTTP status code.
        detail (str): What went wrong, in detail.
        oerror_code (str): Application error code.
    """

    type_: str
    title: str
    status: int
    detail: str
    oerror_code: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        oerror_code = self.oerror_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
                "o:errorCode": oerror_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        oerror_code = d.pop("o:errorCode")

        oracle_error = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            oerror_code=oerror_code,
        )

        return oracle_error
