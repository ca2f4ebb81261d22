# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_definition_sorting_dto import JobDefinitionSortingDto


T = TypeVar("T", bound="JobDefinitionQueryDto")


@_attrs_define
class JobDefinitionQueryDto:
    """A job definition query. Every property is optional and may be `null` (no filter); unknown properties are ignored.

    Example:
        {'processDefinitionKey': 'invoice', 'activityIdIn': ['charge-card', 'ship-order'], 'sorting': [{'sortBy':
            'activityId', 'sortOrder': 'asc'}]}

    Attributes:
        job_definition_id (None | str | Unset): Filter by job definition id. Example: 2251799813685250.
        activity_id_in (list[str] | None | Unset): Only include job definitions which belong to one of the passed
            activity ids. An empty list applies no filter. Example: ['charge-card', 'ship-order'].
        process_definition_id (None | str | Unset): Only include job definitions which exist for the given process
            definition id. Example: invoice:1:2251799813685249.
        process_definition_key (None | str | Unset): Only include job definitions which exist for the given process
            definition key. Example: invoice.
        job_type (None | str | Unset): Only include job definitions which exist for the given job type. Example: async-
            continuation.
        job_configuration (None | str | Unset): Only include job definitions which exist for the given job
            configuration. Example: async-before.
        active (bool | None | Unset): Only include active job definitions. `false` applies no filter.
        suspended (bool | None | Unset): Only include suspended job definitions. `false` applies no filter; wins over
            `active` when both are `true`.
        with_overriding_job_priority (bool | None | Unset): Only include job definitions that have an overriding job
            priority defined. `false` applies no filter.
        tenant_id_in (list[str] | None | Unset): Only include job definitions which belong to one of the passed tenant
            ids. An empty list applies no filter. Example: ['tenant-a'].
        without_tenant_id (bool | None | Unset): Only include job definitions which belong to no tenant; wins over
            `tenantIdIn`. `false` applies no filter.
        include_job_definitions_without_tenant_id (bool | None | Unset): Include job definitions which belong to no
            tenant in addition to those of `tenantIdIn`. On its own it filters nothing.
        sorting (list[JobDefinitionSortingDto] | None | Unset): Criteria to sort the result by. The position in the
            array is the rank of an ordering (primary, secondary, ...).
    """

    job_definition_id: None | str | Unset = UNSET
    activity_id_in: list[str] | None | Unset = UNSET
    process_definition_id: None | str | Unset = UNSET
    process_definition_key: None | str | Unset = UNSET
    job_type: None | str | Unset = UNSET
    job_configuration: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    suspended: bool | None | Unset = UNSET
    with_overriding_job_priority: bool | None | Unset = UNSET
    tenant_id_in: list[str] | None | Unset = UNSET
    without_tenant_id: bool | None | Unset = UNSET
    include_job_definitions_without_tenant_id: bool | None | Unset = UNSET
    sorting: list[JobDefinitionSortingDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_definition_id: None | str | Unset
        if isinstance(self.job_definition_id, Unset):
            job_definition_id = UNSET
        else:
            job_definition_id = self.job_definition_id

        activity_id_in: list[str] | None | Unset
        if isinstance(self.activity_id_in, Unset):
            activity_id_in = UNSET
        elif isinstance(self.activity_id_in, list):
            activity_id_in = self.activity_id_in

        else:
            activity_id_in = self.activity_id_in

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

        job_type: None | str | Unset
        if isinstance(self.job_type, Unset):
            job_type = UNSET
        else:
            job_type = self.job_type

        job_configuration: None | str | Unset
        if isinstance(self.job_configuration, Unset):
            job_configuration = UNSET
        else:
            job_configuration = self.job_configuration

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        suspended: bool | None | Unset
        if isinstance(self.suspended, Unset):
            suspended = UNSET
        else:
            suspended = self.suspended

        with_overriding_job_priority: bool | None | Unset
        if isinstance(self.with_overriding_job_priority, Unset):
            with_overriding_job_priority = UNSET
        else:
            with_overriding_job_priority = self.with_overriding_job_priority

        tenant_id_in: list[str] | None | Unset
        if isinstance(self.tenant_id_in, Unset):
            tenant_id_in = UNSET
        elif isinstance(self.tenant_id_in, list):
            tenant_id_in = self.tenant_id_in

        else:
            tenant_id_in = self.tenant_id_in

        without_tenant_id: bool | None | Unset
        if isinstance(self.without_tenant_id, Unset):
            without_tenant_id = UNSET
        else:
            without_tenant_id = self.without_tenant_id

        include_job_definitions_without_tenant_id: bool | None | Unset
        if isinstance(self.include_job_definitions_without_tenant_id, Unset):
            include_job_definitions_without_tenant_id = UNSET
        else:
            include_job_definitions_without_tenant_id = self.include_job_definitions_without_tenant_id

        sorting: list[dict[str, Any]] | None | Unset
        if isinstance(self.sorting, Unset):
            sorting = UNSET
        elif isinstance(self.sorting, list):
            sorting = []
            for sorting_type_0_item_data in self.sorting:
                sorting_type_0_item = sorting_type_0_item_data.to_dict()
                sorting.append(sorting_type_0_item)

        else:
            sorting = self.sorting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_definition_id is not UNSET:
            field_dict["jobDefinitionId"] = job_definition_id
        if activity_id_in is not UNSET:
            field_dict["activityIdIn"] = activity_id_in
        if process_definition_id is not UNSET:
            field_dict["processDefinitionId"] = process_definition_id
        if process_definition_key is not UNSET:
            field_dict["processDefinitionKey"] = process_definition_key
        if job_type is not UNSET:
            field_dict["jobType"] = job_type
        if job_configuration is not UNSET:
            field_dict["jobConfiguration"] = job_configuration
        if active is not UNSET:
            field_dict["active"] = active
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if with_overriding_job_priority is not UNSET:
            field_dict["withOverridingJobPriority"] = with_overriding_job_priority
        if tenant_id_in is not UNSET:
            field_dict["tenantIdIn"] = tenant_id_in
        if without_tenant_id is not UNSET:
            field_dict["withoutTenantId"] = without_tenant_id
        if include_job_definitions_without_tenant_id is not UNSET:
            field_dict["includeJobDefinitionsWithoutTenantId"] = include_job_definitions_without_tenant_id
        if sorting is not UNSET:
            field_dict["sorting"] = sorting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_definition_sorting_dto import JobDefinitionSortingDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_job_definition_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_definition_id = _parse_job_definition_id(d.pop("jobDefinitionId", UNSET))

        def _parse_activity_id_in(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                activity_id_in_type_0 = cast(list[str], data)

                return activity_id_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        activity_id_in = _parse_activity_id_in(d.pop("activityIdIn", UNSET))

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

        def _parse_job_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_type = _parse_job_type(d.pop("jobType", UNSET))

        def _parse_job_configuration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_configuration = _parse_job_configuration(d.pop("jobConfiguration", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_suspended(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        suspended = _parse_suspended(d.pop("suspended", UNSET))

        def _parse_with_overriding_job_priority(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        with_overriding_job_priority = _parse_with_overriding_job_priority(d.pop("withOverridingJobPriority", UNSET))

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

        def _parse_without_tenant_id(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        without_tenant_id = _parse_without_tenant_id(d.pop("withoutTenantId", UNSET))

        def _parse_include_job_definitions_without_tenant_id(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_job_definitions_without_tenant_id = _parse_include_job_definitions_without_tenant_id(
            d.pop("includeJobDefinitionsWithoutTenantId", UNSET)
        )

        def _parse_sorting(data: object) -> list[JobDefinitionSortingDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sorting_type_0 = []
                _sorting_type_0 = data
                for sorting_type_0_item_data in _sorting_type_0:
                    sorting_type_0_item = JobDefinitionSortingDto.from_dict(sorting_type_0_item_data)

                    sorting_type_0.append(sorting_type_0_item)

                return sorting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobDefinitionSortingDto] | None | Unset, data)

        sorting = _parse_sorting(d.pop("sorting", UNSET))

        job_definition_query_dto = cls(
            job_definition_id=job_definition_id,
            activity_id_in=activity_id_in,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
            job_type=job_type,
            job_configuration=job_configuration,
            active=active,
            suspended=suspended,
            with_overriding_job_priority=with_overriding_job_priority,
            tenant_id_in=tenant_id_in,
            without_tenant_id=without_tenant_id,
            include_job_definitions_without_tenant_id=include_job_definitions_without_tenant_id,
            sorting=sorting,
        )

        job_definition_query_dto.additional_properties = d
        return job_definition_query_dto

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
