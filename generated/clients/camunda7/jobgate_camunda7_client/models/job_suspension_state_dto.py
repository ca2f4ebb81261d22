# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSuspensionStateDto")


@_attrs_define
class JobSuspensionStateDto:
    """The new suspension state of jobs. `PUT /job/{id}/suspended` takes only `suspended` (another selector is a 400); `PUT
    /job/suspended` exactly one of `jobDefinitionId`, `processInstanceId`, `processDefinitionId`,
    `processDefinitionKey`.

        Attributes:
            suspended (bool): `true` suspends the job, `false` activates it. Example: True.
            job_id (None | str | Unset): The job (`PUT /job/suspended` refuses it: use `PUT /job/{id}/suspended`).
            job_definition_id (None | str | Unset): The jobs of this job definition.
            process_instance_id (None | str | Unset): The jobs of this process instance.
            process_definition_id (None | str | Unset): The jobs of this process definition.
            process_definition_key (None | str | Unset): The jobs of every version of this process definition key (BPMN
                process id).
            process_definition_tenant_id (None | str | Unset): With `processDefinitionKey`: only the jobs of this tenant.
            process_definition_without_tenant_id (bool | Unset): With `processDefinitionKey`: only the jobs without a
                tenant. Default: False.
    """

    suspended: bool
    job_id: None | str | Unset = UNSET
    job_definition_id: None | str | Unset = UNSET
    process_instance_id: None | str | Unset = UNSET
    process_definition_id: None | str | Unset = UNSET
    process_definition_key: None | str | Unset = UNSET
    process_definition_tenant_id: None | str | Unset = UNSET
    process_definition_without_tenant_id: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        suspended = self.suspended

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_definition_id: None | str | Unset
        if isinstance(self.job_definition_id, Unset):
            job_definition_id = UNSET
        else:
            job_definition_id = self.job_definition_id

        process_instance_id: None | str | Unset
        if isinstance(self.process_instance_id, Unset):
            process_instance_id = UNSET
        else:
            process_instance_id = self.process_instance_id

        process_definition_id: None | str | Unset
        if isinstance(self.process_definition_id, Unset):
            process_definition_id = UNSET
        else:
            process_definition_id = self.process_definition_id

        process_definition_key: None | str | Unset
        if isinstance(self.process_definition_key, Unset):
            process_definition_key = UNSET
        else:
            process_definition_key = self.process_definition_key

        process_definition_tenant_id: None | str | Unset
        if isinstance(self.process_definition_tenant_id, Unset):
            process_definition_tenant_id = UNSET
        else:
            process_definition_tenant_id = self.process_definition_tenant_id

        process_definition_without_tenant_id = self.process_definition_without_tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "suspended": suspended,
            }
        )
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_definition_id is not UNSET:
            field_dict["jobDefinitionId"] = job_definition_id
        if process_instance_id is not UNSET:
            field_dict["processInstanceId"] = process_instance_id
        if process_definition_id is not UNSET:
            field_dict["processDefinitionId"] = process_definition_id
        if process_definition_key is not UNSET:
            field_dict["processDefinitionKey"] = process_definition_key
        if process_definition_tenant_id is not UNSET:
            field_dict["processDefinitionTenantId"] = process_definition_tenant_id
        if process_definition_without_tenant_id is not UNSET:
            field_dict["processDefinitionWithoutTenantId"] = process_definition_without_tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        suspended = d.pop("suspended")

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        def _parse_job_definition_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_definition_id = _parse_job_definition_id(d.pop("jobDefinitionId", UNSET))

        def _parse_process_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_instance_id = _parse_process_instance_id(d.pop("processInstanceId", UNSET))

        def _parse_process_definition_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_definition_id = _parse_process_definition_id(d.pop("processDefinitionId", UNSET))

        def _parse_process_definition_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_definition_key = _parse_process_definition_key(d.pop("processDefinitionKey", UNSET))

        def _parse_process_definition_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_definition_tenant_id = _parse_process_definition_tenant_id(d.pop("processDefinitionTenantId", UNSET))

        process_definition_without_tenant_id = d.pop("processDefinitionWithoutTenantId", UNSET)

        job_suspension_state_dto = cls(
            suspended=suspended,
            job_id=job_id,
            job_definition_id=job_definition_id,
            process_instance_id=process_instance_id,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
            process_definition_tenant_id=process_definition_tenant_id,
            process_definition_without_tenant_id=process_definition_without_tenant_id,
        )

        job_suspension_state_dto.additional_properties = d
        return job_suspension_state_dto

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
