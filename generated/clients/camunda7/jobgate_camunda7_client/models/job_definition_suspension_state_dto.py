# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobDefinitionSuspensionStateDto")


@_attrs_define
class JobDefinitionSuspensionStateDto:
    """The new suspension state of a job definition.

    Attributes:
        suspended (bool): `true` suspends the job definition, `false` activates it. Example: True.
        include_jobs (bool | Unset): Also suspend or activate the job definition's runtime jobs. Default: False.
            Example: True.
        execution_date (None | str | Unset): When to do it: empty, `null` or not in the future means now; a future date
            schedules the change for then (dates after 9999-12-31T23:59:59.999Z count as that moment).
        process_definition_id (None | str | Unset): Not allowed here (a 400 with the engine's message); use `PUT /job-
            definition/suspended`.
        process_definition_key (None | str | Unset): Not allowed here (a 400 with the engine's message); use `PUT /job-
            definition/suspended`.
    """

    suspended: bool
    include_jobs: bool | Unset = False
    execution_date: None | str | Unset = UNSET
    process_definition_id: None | str | Unset = UNSET
    process_definition_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        suspended = self.suspended

        include_jobs = self.include_jobs

        execution_date: None | str | Unset
        if isinstance(self.execution_date, Unset):
            execution_date = UNSET
        else:
            execution_date = self.execution_date

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "suspended": suspended,
            }
        )
        if include_jobs is not UNSET:
            field_dict["includeJobs"] = include_jobs
        if execution_date is not UNSET:
            field_dict["executionDate"] = execution_date
        if process_definition_id is not UNSET:
            field_dict["processDefinitionId"] = process_definition_id
        if process_definition_key is not UNSET:
            field_dict["processDefinitionKey"] = process_definition_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        suspended = d.pop("suspended")

        include_jobs = d.pop("includeJobs", UNSET)

        def _parse_execution_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_date = _parse_execution_date(d.pop("executionDate", UNSET))

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

        job_definition_suspension_state_dto = cls(
            suspended=suspended,
            include_jobs=include_jobs,
            execution_date=execution_date,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
        )

        job_definition_suspension_state_dto.additional_properties = d
        return job_definition_suspension_state_dto

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
