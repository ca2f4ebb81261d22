# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.activate_jobs_data import ActivateJobsData


T = TypeVar("T", bound="ActivateJobsResponse")


@_attrs_define
class ActivateJobsResponse:
    """The answer to an activation request.

    Attributes:
        data (ActivateJobsData): The jobs activated by one request.
        error (None | str): Always null on success.
    """

    data: ActivateJobsData
    error: None | str

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        error: None | str
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
        from ..models.activate_jobs_data import ActivateJobsData  # noqa: PLC0415

        d = dict(src_dict)
        data = ActivateJobsData.from_dict(d.pop("data"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        activate_jobs_response = cls(
            data=data,
            error=error,
        )

        return activate_jobs_response
