# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalTaskDto")


@_attrs_define
class ExternalTaskDto:
    """An external task (a runtime job).

    Attributes:
        activity_id (str): The activity (task element) id. Example: charge-card.
        id (str): The task id (the job id). Example: 2251799813685257.
        process_instance_id (str): The process instance id.
        retries (int | None): The retries left (jobgate's jobs always have a number).
        suspended (bool): Whether the task is suspended.
        topic_name (str): The topic (job type).
        priority (int): The priority.
        activity_instance_id (str | Unset): The activity instance id. Example: charge-card:2251799813685258.
        error_message (None | str | Unset): The message of the last failure.
        execution_id (str | Unset): The execution id. Example: 2251799813685258.
        lock_expiration_time (None | str | Unset): When the lock expires (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`), null when not
            locked.
        create_time (None | str | Unset): When the task was created.
        process_definition_id (str | Unset): The process definition id.
        process_definition_key (str | Unset): The process definition key (BPMN process id).
        process_definition_version_tag (None | str | Unset): Always null.
        tenant_id (None | str | Unset): The tenant.
        worker_id (None | str | Unset): The worker holding the lock (also after it expired), else null.
        business_key (None | str | Unset): The process instance's business key.
    """

    activity_id: str
    id: str
    process_instance_id: str
    retries: int | None
    suspended: bool
    topic_name: str
    priority: int
    activity_instance_id: str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    execution_id: str | Unset = UNSET
    lock_expiration_time: None | str | Unset = UNSET
    create_time: None | str | Unset = UNSET
    process_definition_id: str | Unset = UNSET
    process_definition_key: str | Unset = UNSET
    process_definition_version_tag: None | str | Unset = UNSET
    tenant_id: None | str | Unset = UNSET
    worker_id: None | str | Unset = UNSET
    business_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        id = self.id

        process_instance_id = self.process_instance_id

        retries: int | None
        retries = self.retries

        suspended = self.suspended

        topic_name = self.topic_name

        priority = self.priority

        activity_instance_id = self.activity_instance_id

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        execution_id = self.execution_id

        lock_expiration_time: None | str | Unset
        if isinstance(self.lock_expiration_time, Unset):
            lock_expiration_time = UNSET
        else:
            lock_expiration_time = self.lock_expiration_time

        create_time: None | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        process_definition_id = self.process_definition_id

        process_definition_key = self.process_definition_key

        process_definition_version_tag: None | str | Unset
        if isinstance(self.process_definition_version_tag, Unset):
            process_definition_version_tag = UNSET
        else:
            process_definition_version_tag = self.process_definition_version_tag

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        worker_id: None | str | Unset
        if isinstance(self.worker_id, Unset):
            worker_id = UNSET
        else:
            worker_id = self.worker_id

        business_key: None | str | Unset
        if isinstance(self.business_key, Unset):
            business_key = UNSET
        else:
            business_key = self.business_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activityId": activity_id,
                "id": id,
                "processInstanceId": process_instance_id,
                "retries": retries,
                "suspended": suspended,
                "topicName": topic_name,
                "priority": priority,
            }
        )
        if activity_instance_id is not UNSET:
            field_dict["activityInstanceId"] = activity_instance_id
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if execution_id is not UNSET:
            field_dict["executionId"] = execution_id
        if lock_expiration_time is not UNSET:
            field_dict["lockExpirationTime"] = lock_expiration_time
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if process_definition_id is not UNSET:
            field_dict["processDefinitionId"] = process_definition_id
        if process_definition_key is not UNSET:
            field_dict["processDefinitionKey"] = process_definition_key
        if process_definition_version_tag is not UNSET:
            field_dict["processDefinitionVersionTag"] = process_definition_version_tag
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if worker_id is not UNSET:
            field_dict["workerId"] = worker_id
        if business_key is not UNSET:
            field_dict["businessKey"] = business_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity_id = d.pop("activityId")

        id = d.pop("id")

        process_instance_id = d.pop("processInstanceId")

        def _parse_retries(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        retries = _parse_retries(d.pop("retries"))

        suspended = d.pop("suspended")

        topic_name = d.pop("topicName")

        priority = d.pop("priority")

        activity_instance_id = d.pop("activityInstanceId", UNSET)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        execution_id = d.pop("executionId", UNSET)

        def _parse_lock_expiration_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lock_expiration_time = _parse_lock_expiration_time(d.pop("lockExpirationTime", UNSET))

        def _parse_create_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        create_time = _parse_create_time(d.pop("createTime", UNSET))

        process_definition_id = d.pop("processDefinitionId", UNSET)

        process_definition_key = d.pop("processDefinitionKey", UNSET)

        def _parse_process_definition_version_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_definition_version_tag = _parse_process_definition_version_tag(
            d.pop("processDefinitionVersionTag", UNSET)
        )

        def _parse_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        def _parse_worker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worker_id = _parse_worker_id(d.pop("workerId", UNSET))

        def _parse_business_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_key = _parse_business_key(d.pop("businessKey", UNSET))

        external_task_dto = cls(
            activity_id=activity_id,
            id=id,
            process_instance_id=process_instance_id,
            retries=retries,
            suspended=suspended,
            topic_name=topic_name,
            priority=priority,
            activity_instance_id=activity_instance_id,
            error_message=error_message,
            execution_id=execution_id,
            lock_expiration_time=lock_expiration_time,
            create_time=create_time,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
            process_definition_version_tag=process_definition_version_tag,
            tenant_id=tenant_id,
            worker_id=worker_id,
            business_key=business_key,
        )

        external_task_dto.additional_properties = d
        return external_task_dto

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
