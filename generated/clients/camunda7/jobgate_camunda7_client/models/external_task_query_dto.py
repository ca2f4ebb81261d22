# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sorting_dto import SortingDto


T = TypeVar("T", bound="ExternalTaskQueryDto")


@_attrs_define
class ExternalTaskQueryDto:
    """The query of `GET /external-task` as a body (lists as arrays).

    Attributes:
        external_task_id (None | str | Unset):
        external_task_id_in (list[str] | None | Unset):
        topic_name (None | str | Unset):
        worker_id (None | str | Unset):
        locked (bool | None | Unset):
        not_locked (bool | None | Unset):
        lock_expiration_before (None | str | Unset):
        lock_expiration_after (None | str | Unset):
        activity_id (None | str | Unset):
        activity_id_in (list[str] | None | Unset):
        execution_id (None | str | Unset):
        process_instance_id (None | str | Unset):
        process_instance_id_in (list[str] | None | Unset):
        process_definition_id (None | str | Unset):
        process_definition_key (None | str | Unset):
        process_definition_key_in (list[str] | None | Unset):
        tenant_id_in (list[str] | None | Unset):
        without_tenant_id (bool | None | Unset):
        with_retries_left (bool | None | Unset):
        no_retries_left (bool | None | Unset):
        active (bool | None | Unset):
        suspended (bool | None | Unset):
        priority_higher_than_or_equals (int | None | Unset):
        priority_lower_than_or_equals (int | None | Unset):
        sorting (list[SortingDto] | None | Unset):
    """

    external_task_id: None | str | Unset = UNSET
    external_task_id_in: list[str] | None | Unset = UNSET
    topic_name: None | str | Unset = UNSET
    worker_id: None | str | Unset = UNSET
    locked: bool | None | Unset = UNSET
    not_locked: bool | None | Unset = UNSET
    lock_expiration_before: None | str | Unset = UNSET
    lock_expiration_after: None | str | Unset = UNSET
    activity_id: None | str | Unset = UNSET
    activity_id_in: list[str] | None | Unset = UNSET
    execution_id: None | str | Unset = UNSET
    process_instance_id: None | str | Unset = UNSET
    process_instance_id_in: list[str] | None | Unset = UNSET
    process_definition_id: None | str | Unset = UNSET
    process_definition_key: None | str | Unset = UNSET
    process_definition_key_in: list[str] | None | Unset = UNSET
    tenant_id_in: list[str] | None | Unset = UNSET
    without_tenant_id: bool | None | Unset = UNSET
    with_retries_left: bool | None | Unset = UNSET
    no_retries_left: bool | None | Unset = UNSET
    active: bool | None | Unset = UNSET
    suspended: bool | None | Unset = UNSET
    priority_higher_than_or_equals: int | None | Unset = UNSET
    priority_lower_than_or_equals: int | None | Unset = UNSET
    sorting: list[SortingDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_task_id: None | str | Unset
        if isinstance(self.external_task_id, Unset):
            external_task_id = UNSET
        else:
            external_task_id = self.external_task_id

        external_task_id_in: list[str] | None | Unset
        if isinstance(self.external_task_id_in, Unset):
            external_task_id_in = UNSET
        elif isinstance(self.external_task_id_in, list):
            external_task_id_in = self.external_task_id_in

        else:
            external_task_id_in = self.external_task_id_in

        topic_name: None | str | Unset
        if isinstance(self.topic_name, Unset):
            topic_name = UNSET
        else:
            topic_name = self.topic_name

        worker_id: None | str | Unset
        if isinstance(self.worker_id, Unset):
            worker_id = UNSET
        else:
            worker_id = self.worker_id

        locked: bool | None | Unset
        if isinstance(self.locked, Unset):
            locked = UNSET
        else:
            locked = self.locked

        not_locked: bool | None | Unset
        if isinstance(self.not_locked, Unset):
            not_locked = UNSET
        else:
            not_locked = self.not_locked

        lock_expiration_before: None | str | Unset
        if isinstance(self.lock_expiration_before, Unset):
            lock_expiration_before = UNSET
        else:
            lock_expiration_before = self.lock_expiration_before

        lock_expiration_after: None | str | Unset
        if isinstance(self.lock_expiration_after, Unset):
            lock_expiration_after = UNSET
        else:
            lock_expiration_after = self.lock_expiration_after

        activity_id: None | str | Unset
        if isinstance(self.activity_id, Unset):
            activity_id = UNSET
        else:
            activity_id = self.activity_id

        activity_id_in: list[str] | None | Unset
        if isinstance(self.activity_id_in, Unset):
            activity_id_in = UNSET
        elif isinstance(self.activity_id_in, list):
            activity_id_in = self.activity_id_in

        else:
            activity_id_in = self.activity_id_in

        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        else:
            execution_id = self.execution_id

        process_instance_id: None | str | Unset
        if isinstance(self.process_instance_id, Unset):
            process_instance_id = UNSET
        else:
            process_instance_id = self.process_instance_id

        process_instance_id_in: list[str] | None | Unset
        if isinstance(self.process_instance_id_in, Unset):
            process_instance_id_in = UNSET
        elif isinstance(self.process_instance_id_in, list):
            process_instance_id_in = self.process_instance_id_in

        else:
            process_instance_id_in = self.process_instance_id_in

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

        process_definition_key_in: list[str] | None | Unset
        if isinstance(self.process_definition_key_in, Unset):
            process_definition_key_in = UNSET
        elif isinstance(self.process_definition_key_in, list):
            process_definition_key_in = self.process_definition_key_in

        else:
            process_definition_key_in = self.process_definition_key_in

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

        with_retries_left: bool | None | Unset
        if isinstance(self.with_retries_left, Unset):
            with_retries_left = UNSET
        else:
            with_retries_left = self.with_retries_left

        no_retries_left: bool | None | Unset
        if isinstance(self.no_retries_left, Unset):
            no_retries_left = UNSET
        else:
            no_retries_left = self.no_retries_left

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

        priority_higher_than_or_equals: int | None | Unset
        if isinstance(self.priority_higher_than_or_equals, Unset):
            priority_higher_than_or_equals = UNSET
        else:
            priority_higher_than_or_equals = self.priority_higher_than_or_equals

        priority_lower_than_or_equals: int | None | Unset
        if isinstance(self.priority_lower_than_or_equals, Unset):
            priority_lower_than_or_equals = UNSET
        else:
            priority_lower_than_or_equals = self.priority_lower_than_or_equals

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
        if external_task_id is not UNSET:
            field_dict["externalTaskId"] = external_task_id
        if external_task_id_in is not UNSET:
            field_dict["externalTaskIdIn"] = external_task_id_in
        if topic_name is not UNSET:
            field_dict["topicName"] = topic_name
        if worker_id is not UNSET:
            field_dict["workerId"] = worker_id
        if locked is not UNSET:
            field_dict["locked"] = locked
        if not_locked is not UNSET:
            field_dict["notLocked"] = not_locked
        if lock_expiration_before is not UNSET:
            field_dict["lockExpirationBefore"] = lock_expiration_before
        if lock_expiration_after is not UNSET:
            field_dict["lockExpirationAfter"] = lock_expiration_after
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id
        if activity_id_in is not UNSET:
            field_dict["activityIdIn"] = activity_id_in
        if execution_id is not UNSET:
            field_dict["executionId"] = execution_id
        if process_instance_id is not UNSET:
            field_dict["processInstanceId"] = process_instance_id
        if process_instance_id_in is not UNSET:
            field_dict["processInstanceIdIn"] = process_instance_id_in
        if process_definition_id is not UNSET:
            field_dict["processDefinitionId"] = process_definition_id
        if process_definition_key is not UNSET:
            field_dict["processDefinitionKey"] = process_definition_key
        if process_definition_key_in is not UNSET:
            field_dict["processDefinitionKeyIn"] = process_definition_key_in
        if tenant_id_in is not UNSET:
            field_dict["tenantIdIn"] = tenant_id_in
        if without_tenant_id is not UNSET:
            field_dict["withoutTenantId"] = without_tenant_id
        if with_retries_left is not UNSET:
            field_dict["withRetriesLeft"] = with_retries_left
        if no_retries_left is not UNSET:
            field_dict["noRetriesLeft"] = no_retries_left
        if active is not UNSET:
            field_dict["active"] = active
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if priority_higher_than_or_equals is not UNSET:
            field_dict["priorityHigherThanOrEquals"] = priority_higher_than_or_equals
        if priority_lower_than_or_equals is not UNSET:
            field_dict["priorityLowerThanOrEquals"] = priority_lower_than_or_equals
        if sorting is not UNSET:
            field_dict["sorting"] = sorting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sorting_dto import SortingDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_task_id = _parse_external_task_id(d.pop("externalTaskId", UNSET))

        def _parse_external_task_id_in(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                external_task_id_in_type_0 = cast(list[str], data)

                return external_task_id_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        external_task_id_in = _parse_external_task_id_in(d.pop("externalTaskIdIn", UNSET))

        def _parse_topic_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        topic_name = _parse_topic_name(d.pop("topicName", UNSET))

        def _parse_worker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worker_id = _parse_worker_id(d.pop("workerId", UNSET))

        def _parse_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        locked = _parse_locked(d.pop("locked", UNSET))

        def _parse_not_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        not_locked = _parse_not_locked(d.pop("notLocked", UNSET))

        def _parse_lock_expiration_before(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lock_expiration_before = _parse_lock_expiration_before(d.pop("lockExpirationBefore", UNSET))

        def _parse_lock_expiration_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lock_expiration_after = _parse_lock_expiration_after(d.pop("lockExpirationAfter", UNSET))

        def _parse_activity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_id = _parse_activity_id(d.pop("activityId", UNSET))

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

        def _parse_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_id = _parse_execution_id(d.pop("executionId", UNSET))

        def _parse_process_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_instance_id = _parse_process_instance_id(d.pop("processInstanceId", UNSET))

        def _parse_process_instance_id_in(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                process_instance_id_in_type_0 = cast(list[str], data)

                return process_instance_id_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        process_instance_id_in = _parse_process_instance_id_in(d.pop("processInstanceIdIn", UNSET))

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

        def _parse_with_retries_left(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        with_retries_left = _parse_with_retries_left(d.pop("withRetriesLeft", UNSET))

        def _parse_no_retries_left(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        no_retries_left = _parse_no_retries_left(d.pop("noRetriesLeft", UNSET))

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

        def _parse_priority_higher_than_or_equals(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority_higher_than_or_equals = _parse_priority_higher_than_or_equals(
            d.pop("priorityHigherThanOrEquals", UNSET)
        )

        def _parse_priority_lower_than_or_equals(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority_lower_than_or_equals = _parse_priority_lower_than_or_equals(d.pop("priorityLowerThanOrEquals", UNSET))

        def _parse_sorting(data: object) -> list[SortingDto] | None | Unset:
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
                    sorting_type_0_item = SortingDto.from_dict(sorting_type_0_item_data)

                    sorting_type_0.append(sorting_type_0_item)

                return sorting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SortingDto] | None | Unset, data)

        sorting = _parse_sorting(d.pop("sorting", UNSET))

        external_task_query_dto = cls(
            external_task_id=external_task_id,
            external_task_id_in=external_task_id_in,
            topic_name=topic_name,
            worker_id=worker_id,
            locked=locked,
            not_locked=not_locked,
            lock_expiration_before=lock_expiration_before,
            lock_expiration_after=lock_expiration_after,
            activity_id=activity_id,
            activity_id_in=activity_id_in,
            execution_id=execution_id,
            process_instance_id=process_instance_id,
            process_instance_id_in=process_instance_id_in,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
            process_definition_key_in=process_definition_key_in,
            tenant_id_in=tenant_id_in,
            without_tenant_id=without_tenant_id,
            with_retries_left=with_retries_left,
            no_retries_left=no_retries_left,
            active=active,
            suspended=suspended,
            priority_higher_than_or_equals=priority_higher_than_or_equals,
            priority_lower_than_or_equals=priority_lower_than_or_equals,
            sorting=sorting,
        )

        external_task_query_dto.additional_properties = d
        return external_task_query_dto

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
