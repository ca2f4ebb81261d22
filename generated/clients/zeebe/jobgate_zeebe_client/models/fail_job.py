# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fail_job_status import FailJobStatus, check_fail_job_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fail_job_variables import FailJobVariables


T = TypeVar("T", bound="FailJob")


@_attrs_define
class FailJob:
    """Fail the job, with the retries it has left.

    Attributes:
        status (FailJobStatus):
        retries (int): Remaining retries; `0` raises an incident.
        retry_backoff (str | Unset): Wait before the job is activatable again, as for `jobTimeout` (`0ms`, `10s`,
            `PT1M`). Default: '0ms'.
        error_message (str | Unset): Why the job failed; kept as the job's exception message (no NUL character).
        variables (FailJobVariables | Unset): Accepted for compatibility; the original API ignores variables on this
            command.
    """

    status: FailJobStatus
    retries: int
    retry_backoff: str | Unset = "0ms"
    error_message: str | Unset = UNSET
    variables: FailJobVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        retries = self.retries

        retry_backoff = self.retry_backoff

        error_message = self.error_message

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "retries": retries,
            }
        )
        if retry_backoff is not UNSET:
            field_dict["retryBackoff"] = retry_backoff
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fail_job_variables import FailJobVariables  # noqa: PLC0415

        d = dict(src_dict)
        status = check_fail_job_status(d.pop("status"))

        retries = d.pop("retries")

        retry_backoff = d.pop("retryBackoff", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: FailJobVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = FailJobVariables.from_dict(_variables)

        fail_job = cls(
            status=status,
            retries=retries,
            retry_backoff=retry_backoff,
            error_message=error_message,
            variables=variables,
        )

        fail_job.additional_properties = d
        return fail_job

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
