# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.throw_job_error_status import ThrowJobErrorStatus, check_throw_job_error_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.throw_job_error_variables import ThrowJobErrorVariables


T = TypeVar("T", bound="ThrowJobError")


@_attrs_define
class ThrowJobError:
    """Throw a business error for the job.

    Attributes:
        status (ThrowJobErrorStatus):
        error_code (str): Code of the error (no NUL character).
        error_message (str | Unset): Description of the error (no NUL character).
        variables (ThrowJobErrorVariables | Unset): Accepted for compatibility; the original API ignores variables on
            this command.
    """

    status: ThrowJobErrorStatus
    error_code: str
    error_message: str | Unset = UNSET
    variables: ThrowJobErrorVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        error_code = self.error_code

        error_message = self.error_message

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "errorCode": error_code,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.throw_job_error_variables import ThrowJobErrorVariables  # noqa: PLC0415

        d = dict(src_dict)
        status = check_throw_job_error_status(d.pop("status"))

        error_code = d.pop("errorCode")

        error_message = d.pop("errorMessage", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: ThrowJobErrorVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = ThrowJobErrorVariables.from_dict(_variables)

        throw_job_error = cls(
            status=status,
            error_code=error_code,
            error_message=error_message,
            variables=variables,
        )

        throw_job_error.additional_properties = d
        return throw_job_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
