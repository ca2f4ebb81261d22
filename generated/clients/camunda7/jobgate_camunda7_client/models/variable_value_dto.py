# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variable_value_dto_value_info_type_0 import VariableValueDtoValueInfoType0


T = TypeVar("T", bound="VariableValueDto")


@_attrs_define
class VariableValueDto:
    """A typed variable. `type` is String, Boolean, Short, Integer, Long, Double, Date, Null, Json or Object (with
    `valueInfo.serializationDataFormat` `application/json`); without `type` the JSON value is kept as sent. Bytes, File,
    Xml and other Object formats are a 400 "Unsupported value type". Out, the type is derived from the stored JSON value
    (objects and arrays are Json, their value the JSON text).

        Attributes:
            value (Any | Unset): The value (any JSON value). Example: 42.
            type_ (None | str | Unset): The value type. Example: Integer.
            value_info (None | Unset | VariableValueDtoValueInfoType0): Type-specific details; `{}` in answers.
    """

    value: Any | Unset = UNSET
    type_: None | str | Unset = UNSET
    value_info: None | Unset | VariableValueDtoValueInfoType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.variable_value_dto_value_info_type_0 import VariableValueDtoValueInfoType0  # noqa: PLC0415

        value = self.value

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        value_info: dict[str, Any] | None | Unset
        if isinstance(self.value_info, Unset):
            value_info = UNSET
        elif isinstance(self.value_info, VariableValueDtoValueInfoType0):
            value_info = self.value_info.to_dict()
        else:
            value_info = self.value_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value_info is not UNSET:
            field_dict["valueInfo"] = value_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.variable_value_dto_value_info_type_0 import VariableValueDtoValueInfoType0  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value", UNSET)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_value_info(data: object) -> None | Unset | VariableValueDtoValueInfoType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_info_type_0 = VariableValueDtoValueInfoType0.from_dict(data)

                return value_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VariableValueDtoValueInfoType0, data)

        value_info = _parse_value_info(d.pop("valueInfo", UNSET))

        variable_value_dto = cls(
            value=value,
            type_=type_,
            value_info=value_info,
        )

        variable_value_dto.additional_properties = d
        return variable_value_dto

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
