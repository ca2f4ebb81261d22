# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExceptionDto")


@_attrs_define
class ExceptionDto:
    """An error.

    Attributes:
        type_ (str): The simple name of the exception class, e.g. `InvalidRequestException` (400), `RestException` (415)
            or `ProcessEngineException` (500, 503). Example: InvalidRequestException.
        message (str): A message that describes the error. Example: Cannot set query parameter 'sortBy' to value
            'anInvalidSortByOption'.
    """

    type_: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        message = d.pop("message")

        exception_dto = cls(
            type_=type_,
            message=message,
        )

        return exception_dto
