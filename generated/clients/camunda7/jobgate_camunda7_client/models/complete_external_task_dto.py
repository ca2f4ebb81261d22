# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_map_type_0 import VariableMapType0


T = TypeVar("T", bound="CompleteExternalTaskDto")


@_attrs_define
class CompleteExternalTaskDto:
    """
    Attributes:
        worker_id (str): The worker that holds the lock. Example: worker-1.
        variables (None | Unset | VariableMapType0): Variables by name.
        local_variables (None | Unset | VariableMapType0): Variables by name.
    """

    worker_id: str
    variables: None | Unset | VariableMapType0 = UNSET
    local_variables: None | Unset | VariableMapType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.variable_map_type_0 import VariableMapType0  # noqa: PLC0415

        worker_id = self.worker_id

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

        complete_external_task_dto = cls(
            worker_id=worker_id,
            variables=variables,
            local_variables=local_variables,
        )

        complete_external_task_dto.additional_properties = d
        return complete_external_task_dto

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
