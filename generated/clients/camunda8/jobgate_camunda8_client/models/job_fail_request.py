# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_fail_request_variables_type_0 import JobFailRequestVariablesType0


T = TypeVar("T", bound="JobFailRequest")


@_attrs_define
class JobFailRequest:
    """Why a job failed and when to retry it.

    Attributes:
        retries (int | Unset): Retries left; `0` raises an incident. Default: 0.
        error_message (None | str | Unset): Why the job failed; kept as the job's exception message.
        retry_back_off (int | Unset): Milliseconds before the job is activatable again (at most 100 years). Default: 0.
        variables (JobFailRequestVariablesType0 | None | Unset): Accepted; jobgate keeps no task-local variables and
            ignores them.
    """

    retries: int | Unset = 0
    error_message: None | str | Unset = UNSET
    retry_back_off: int | Unset = 0
    variables: JobFailRequestVariablesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_fail_request_variables_type_0 import JobFailRequestVariablesType0  # noqa: PLC0415

        retries = self.retries

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        retry_back_off = self.retry_back_off

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, JobFailRequestVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retries is not UNSET:
            field_dict["retries"] = retries
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if retry_back_off is not UNSET:
            field_dict["retryBackOff"] = retry_back_off
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_fail_request_variables_type_0 import JobFailRequestVariablesType0  # noqa: PLC0415

        d = dict(src_dict)
        retries = d.pop("retries", UNSET)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        retry_back_off = d.pop("retryBackOff", UNSET)

        def _parse_variables(data: object) -> JobFailRequestVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_type_0 = JobFailRequestVariablesType0.from_dict(data)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobFailRequestVariablesType0 | None | Unset, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        job_fail_request = cls(
            retries=retries,
            error_message=error_message,
            retry_back_off=retry_back_off,
            variables=variables,
        )

        job_fail_request.additional_properties = d
        return job_fail_request

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
