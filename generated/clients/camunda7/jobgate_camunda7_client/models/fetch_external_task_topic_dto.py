# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_external_task_topic_dto_process_variables_type_0 import (
        FetchExternalTaskTopicDtoProcessVariablesType0,
    )


T = TypeVar("T", bound="FetchExternalTaskTopicDto")


@_attrs_define
class FetchExternalTaskTopicDto:
    """
    Attributes:
        topic_name (str): The topic (the job type). Example: charge-card.
        lock_duration (int): How long (ms) the tasks stay locked. Example: 60000.
        variables (list[str] | None | Unset): The variables to return (null or absent for all, `[]` for none).
        local_variables (bool | None | Unset): Only the task's local variables (jobgate has none, so `true` returns
            none).
        business_key (None | str | Unset): Only tasks of instances with this business key.
        process_definition_id (None | str | Unset): Only tasks of this process definition.
        process_definition_id_in (list[str] | None | Unset): Only tasks of these process definitions.
        process_definition_key (None | str | Unset): Only tasks of this process definition key (BPMN process id).
        process_definition_key_in (list[str] | None | Unset): Only tasks of these process definition keys.
        process_definition_version_tag (None | str | Unset): Ignored (jobgate's definitions have no version tags).
        without_tenant_id (bool | None | Unset): Only tasks without a tenant.
        tenant_id_in (list[str] | None | Unset): Only tasks of these tenants (wins over withoutTenantId); always within
            the caller's tenants.
        process_variables (FetchExternalTaskTopicDtoProcessVariablesType0 | None | Unset): Not supported; must be
            absent, null or empty.
        deserialize_values (bool | None | Unset): Accepted; Json values are always returned as JSON text.
        include_extension_properties (bool | None | Unset): Accepted; jobgate's tasks have no extension properties
            (`{}`).
    """

    topic_name: str
    lock_duration: int
    variables: list[str] | None | Unset = UNSET
    local_variables: bool | None | Unset = UNSET
    business_key: None | str | Unset = UNSET
    process_definition_id: None | str | Unset = UNSET
    process_definition_id_in: list[str] | None | Unset = UNSET
    process_definition_key: None | str | Unset = UNSET
    process_definition_key_in: list[str] | None | Unset = UNSET
    process_definition_version_tag: None | str | Unset = UNSET
    without_tenant_id: bool | None | Unset = UNSET
    tenant_id_in: list[str] | None | Unset = UNSET
    process_variables: FetchExternalTaskTopicDtoProcessVariablesType0 | None | Unset = UNSET
    deserialize_values: bool | None | Unset = UNSET
    include_extension_properties: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fetch_external_task_topic_dto_process_variables_type_0 import (
            FetchExternalTaskTopicDtoProcessVariablesType0,  # noqa: PLC0415
        )

        topic_name = self.topic_name

        lock_duration = self.lock_duration

        variables: list[str] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, list):
            variables = self.variables

        else:
            variables = self.variables

        local_variables: bool | None | Unset
        if isinstance(self.local_variables, Unset):
            local_variables = UNSET
        else:
            local_variables = self.local_variables

        business_key: None | str | Unset
        if isinstance(self.business_key, Unset):
            business_key = UNSET
        else:
            business_key = self.business_key

        process_definition_id: None | str | Unset
        if isinstance(self.process_definition_id, Unset):
            process_definition_id = UNSET
        else:
            process_definition_id = self.process_definition_id

        process_definition_id_in: list[str] | None | Unset
        if isinstance(self.process_definition_id_in, Unset):
            process_definition_id_in = UNSET
        elif isinstance(self.process_definition_id_in, list):
            process_definition_id_in = self.process_definition_id_in

        else:
            process_definition_id_in = self.process_definition_id_in

        process_definition_key: None | str | Unset
        if isinstance(self.process_definition_key, Unset):
            process_definition_key = UNSET
        else:
            process_definition_key = self.process_definition_key

        process_definition_key_in: list[str] | None | Unset
        if isinstance(self.process_definition_key_in, Unset):
            process_definition_key_in = UNSET
        elif isinstance(self.process_definition_key_in, list):
            process_definition_key_in = self.process_definition_key_in

        else:
            process_definition_key_in = self.process_definition_key_in

        process_definition_version_tag: None | str | Unset
        if isinstance(self.process_definition_version_tag, Unset):
            process_definition_version_tag = UNSET
        else:
            process_definition_version_tag = self.process_definition_version_tag

        without_tenant_id: bool | None | Unset
        if isinstance(self.without_tenant_id, Unset):
            without_tenant_id = UNSET
        else:
            without_tenant_id = self.without_tenant_id

        tenant_id_in: list[str] | None | Unset
        if isinstance(self.tenant_id_in, Unset):
            tenant_id_in = UNSET
        elif isinstance(self.tenant_id_in, list):
            tenant_id_in = self.tenant_id_in

        else:
            tenant_id_in = self.tenant_id_in

        process_variables: dict[str, Any] | None | Unset
        if isinstance(self.process_variables, Unset):
            process_variables = UNSET
        elif isinstance(self.process_variables, FetchExternalTaskTopicDtoProcessVariablesType0):
            process_variables = self.process_variables.to_dict()
        else:
            process_variables = self.process_variables

        deserialize_values: bool | None | Unset
        if isinstance(self.deserialize_values, Unset):
            deserialize_values = UNSET
        else:
            deserialize_values = self.deserialize_values

        include_extension_properties: bool | None | Unset
        if isinstance(self.include_extension_properties, Unset):
            include_extension_properties = UNSET
        else:
            include_extension_properties = self.include_extension_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topicName": topic_name,
                "lockDuration": lock_duration,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables
        if local_variables is not UNSET:
            field_dict["localVariables"] = local_variables
        if business_key is not UNSET:
            field_dict["businessKey"] = business_key
        if process_definition_id is not UNSET:
            field_dict["processDefinitionId"] = process_definition_id
        if process_definition_id_in is not UNSET:
            field_dict["processDefinitionIdIn"] = process_definition_id_in
        if process_definition_key is not UNSET:
            field_dict["processDefinitionKey"] = process_definition_key
        if process_definition_key_in is not UNSET:
            field_dict["processDefinitionKeyIn"] = process_definition_key_in
        if process_definition_version_tag is not UNSET:
            field_dict["processDefinitionVersionTag"] = process_definition_version_tag
        if without_tenant_id is not UNSET:
            field_dict["withoutTenantId"] = without_tenant_id
        if tenant_id_in is not UNSET:
            field_dict["tenantIdIn"] = tenant_id_in
        if process_variables is not UNSET:
            field_dict["processVariables"] = process_variables
        if deserialize_values is not UNSET:
            field_dict["deserializeValues"] = deserialize_values
        if include_extension_properties is not UNSET:
            field_dict["includeExtensionProperties"] = include_extension_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_external_task_topic_dto_process_variables_type_0 import (
            FetchExternalTaskTopicDtoProcessVariablesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        topic_name = d.pop("topicName")

        lock_duration = d.pop("lockDuration")

        def _parse_variables(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variables_type_0 = cast(list[str], data)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        def _parse_local_variables(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        local_variables = _parse_local_variables(d.pop("localVariables", UNSET))

        def _parse_business_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_key = _parse_business_key(d.pop("businessKey", UNSET))

        def _parse_process_definition_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_definition_id = _parse_process_definition_id(d.pop("processDefinitionId", UNSET))

        def _parse_process_definition_id_in(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                process_definition_id_in_type_0 = cast(list[str], data)

                return process_definition_id_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        process_definition_id_in = _parse_process_definition_id_in(d.pop("processDefinitionIdIn", UNSET))

        def _parse_process_definition_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_definition_key = _parse_process_definition_key(d.pop("processDefinitionKey", UNSET))

        def _parse_process_definition_key_in(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                process_definition_key_in_type_0 = cast(list[str], data)

                return process_definition_key_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        process_definition_key_in = _parse_process_definition_key_in(d.pop("processDefinitionKeyIn", UNSET))

        def _parse_process_definition_version_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_definition_version_tag = _parse_process_definition_version_tag(
            d.pop("processDefinitionVersionTag", UNSET)
        )

        def _parse_without_tenant_id(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        without_tenant_id = _parse_without_tenant_id(d.pop("withoutTenantId", UNSET))

        def _parse_tenant_id_in(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tenant_id_in_type_0 = cast(list[str], data)

                return tenant_id_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tenant_id_in = _parse_tenant_id_in(d.pop("tenantIdIn", UNSET))

        def _parse_process_variables(data: object) -> FetchExternalTaskTopicDtoProcessVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                process_variables_type_0 = FetchExternalTaskTopicDtoProcessVariablesType0.from_dict(data)

                return process_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FetchExternalTaskTopicDtoProcessVariablesType0 | None | Unset, data)

        process_variables = _parse_process_variables(d.pop("processVariables", UNSET))

        def _parse_deserialize_values(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deserialize_values = _parse_deserialize_values(d.pop("deserializeValues", UNSET))

        def _parse_include_extension_properties(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_extension_properties = _parse_include_extension_properties(d.pop("includeExtensionProperties", UNSET))

        fetch_external_task_topic_dto = cls(
            topic_name=topic_name,
            lock_duration=lock_duration,
            variables=variables,
            local_variables=local_variables,
            business_key=business_key,
            process_definition_id=process_definition_id,
            process_definition_id_in=process_definition_id_in,
            process_definition_key=process_definition_key,
            process_definition_key_in=process_definition_key_in,
            process_definition_version_tag=process_definition_version_tag,
            without_tenant_id=without_tenant_id,
            tenant_id_in=tenant_id_in,
            process_variables=process_variables,
            deserialize_values=deserialize_values,
            include_extension_properties=include_extension_properties,
        )

        fetch_external_task_topic_dto.additional_properties = d
        return fetch_external_task_topic_dto

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
