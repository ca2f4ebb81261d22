# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_map_type_0 import VariableMapType0


T = TypeVar("T", bound="ExternalTaskFailureDto")


@_attrs_define
class ExternalTaskFailureDto:
    """
    Attributes:
        worker_id (str): The worker that holds the lock. Example: worker-1.
        error_message (None | str | Unset): The failure's message.
        error_details (None | str | Unset): Details (e.g. a stack trace).
        retries (int | None | Unset): Retries left after this failure (default 0, an incident).
        retry_timeout (int | None | Unset): Milliseconds until the task can be locked again.
        variables (None | Unset | VariableMapType0): Variables by name.
        local_variables (None | Unset | VariableMapType0): Variables by name.
    """

    worker_id: str
    error_message: None | str | Unset = UNSET
    error_details: None | str | Unset = UNSET
    retries: int | None | Unset = UNSET
    retry_timeout: int | None | Unset = UNSET
    variables: None | Unset | VariableMapType0 = UNSET
    local_variables: None | Unset | VariableMapType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.variable_map_type_0 import VariableMapType0  # noqa: PLC0415

        worker_id = self.worker_id

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        error_details: None | str | Unset
        if isinstance(self.error_details, Unset):
            error_details = UNSET
        else:
            error_details = self.error_details

        retries: int | None | Unset
        if isinstance(self.retries, Unset):
            retries = UNSET
        else:
            retries = self.retries

        retry_timeout: int | None | Unset
        if isinstance(self.retry_timeout, Unset):
            retry_timeout = UNSET
        else:
            retry_timeout = self.retry_timeout

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, VariableMapType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        local_variables: dict[str, Any] | None | Unset
        if isinstance(self.local_variables, Unset):
            local_variables = UNSET
        elif isinstance(self.local_variables, VariableMapType0):
            local_variables = self.local_variables.to_dict()
        else:
            local_variables = self.local_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workerId": worker_id,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if error_details is not UNSET:
            field_dict["errorDetails"] = error_details
        if retries is not UNSET:
            field_dict["retries"] = retries
        if retry_timeout is not UNSET:
            field_dict["retryTimeout"] = retry_timeout
        if variables is not UNSET:
            field_dict["variables"] = variables
        if local_variables is not UNSET:
            field_dict["localVariables"] = local_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.variable_map_type_0 import VariableMapType0  # noqa: PLC0415

        d = dict(src_dict)
        worker_id = d.pop("workerId")

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        def _parse_error_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_details = _parse_error_details(d.pop("errorDetails", UNSET))

        def _parse_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retries = _parse_retries(d.pop("retries", UNSET))

        def _parse_retry_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_timeout = _parse_retry_timeout(d.pop("retryTimeout", UNSET))

        def _parse_variables(data: object) -> None | Unset | VariableMapType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_variable_map_type_0 = VariableMapType0.from_dict(data)

                return componentsschemas_variable_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VariableMapType0, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        def _parse_local_variables(data: object) -> None | Unset | VariableMapType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_variable_map_type_0 = VariableMapType0.from_dict(data)

                return componentsschemas_variable_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VariableMapType0, data)

        local_variables = _parse_local_variables(d.pop("localVariables", UNSET))

        external_task_failure_dto = cls(
            worker_id=worker_id,
            error_message=error_message,
            error_details=error_details,
            retries=retries,
            retry_timeout=retry_timeout,
            variables=variables,
            local_variables=local_variables,
        )

        external_task_failure_dto.additional_properties = d
        return external_task_failure_dto

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
