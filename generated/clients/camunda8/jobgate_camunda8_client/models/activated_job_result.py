# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.activated_job_result_kind import ActivatedJobResultKind, check_activated_job_result_kind
from ..models.activated_job_result_listener_event_type import (
    ActivatedJobResultListenerEventType,
    check_activated_job_result_listener_event_type,
)

if TYPE_CHECKING:
    from ..models.activated_job_result_custom_headers import ActivatedJobResultCustomHeaders
    from ..models.activated_job_result_user_task_type_0 import ActivatedJobResultUserTaskType0
    from ..models.activated_job_result_variables import ActivatedJobResultVariables


T = TypeVar("T", bound="ActivatedJobResult")


@_attrs_define
class ActivatedJobResult:
    """A job leased to a worker until its deadline.

    Attributes:
        type_ (str): The job type.
        process_definition_id (str): The BPMN process id of the process definition.
        process_definition_version (int): The version of the process definition.
        element_id (str): The id of the BPMN task that created the job.
        custom_headers (ActivatedJobResultCustomHeaders): The custom headers of the task.
        worker (str): The worker that activated the job.
        retries (int): Retries left.
        deadline (int): When the lease ends (UNIX epoch milliseconds).
        variables (ActivatedJobResultVariables): The process instance's variables, filtered by `fetchVariable`.
        tenant_id (str): A tenant id; `<default>` stands for "no tenant".
        physical_tenant_id (str): Always `default` (one physical tenant).
        job_key (str): System-generated key of a job, a decimal number as a string.
        process_instance_key (str): System-generated key (process instance, definition, element instance), a decimal
            number as a string.
        root_process_instance_key (None | str): The process instance itself (jobgate has no call activities).
        process_definition_key (str): System-generated key (process instance, definition, element instance), a decimal
            number as a string.
        element_instance_key (str): System-generated key (process instance, definition, element instance), a decimal
            number as a string.
        business_id (None | str): The process instance's business key, or null.
        kind (ActivatedJobResultKind): Always `BPMN_ELEMENT`.
        listener_event_type (ActivatedJobResultListenerEventType): Always `UNSPECIFIED`.
        user_task (ActivatedJobResultUserTaskType0 | None): Always null (jobgate has no user tasks).
        tags (list[str]): Always empty.
        priority (int): The job's priority.
    """

    type_: str
    process_definition_id: str
    process_definition_version: int
    element_id: str
    custom_headers: ActivatedJobResultCustomHeaders
    worker: str
    retries: int
    deadline: int
    variables: ActivatedJobResultVariables
    tenant_id: str
    physical_tenant_id: str
    job_key: str
    process_instance_key: str
    root_process_instance_key: None | str
    process_definition_key: str
    element_instance_key: str
    business_id: None | str
    kind: ActivatedJobResultKind
    listener_event_type: ActivatedJobResultListenerEventType
    user_task: ActivatedJobResultUserTaskType0 | None
    tags: list[str]
    priority: int

    def to_dict(self) -> dict[str, Any]:
        from ..models.activated_job_result_user_task_type_0 import ActivatedJobResultUserTaskType0  # noqa: PLC0415

        type_ = self.type_

        process_definition_id = self.process_definition_id

        process_definition_version = self.process_definition_version

        element_id = self.element_id

        custom_headers = self.custom_headers.to_dict()

        worker = self.worker

        retries = self.retries

        deadline = self.deadline

        variables = self.variables.to_dict()

        tenant_id = self.tenant_id

        physical_tenant_id = self.physical_tenant_id

        job_key = self.job_key

        process_instance_key = self.process_instance_key

        root_process_instance_key: None | str
        root_process_instance_key = self.root_process_instance_key

        process_definition_key = self.process_definition_key

        element_instance_key = self.element_instance_key

        business_id: None | str
        business_id = self.business_id

        kind: str = self.kind

        listener_event_type: str = self.listener_event_type

        user_task: dict[str, Any] | None
        if isinstance(self.user_task, ActivatedJobResultUserTaskType0):
            user_task = self.user_task.to_dict()
        else:
            user_task = self.user_task

        tags = self.tags

        priority = self.priority

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "processDefinitionId": process_definition_id,
                "processDefinitionVersion": process_definition_version,
                "elementId": element_id,
                "customHeaders": custom_headers,
                "worker": worker,
                "retries": retries,
                "deadline": deadline,
                "variables": variables,
                "tenantId": tenant_id,
                "physicalTenantId": physical_tenant_id,
                "jobKey": job_key,
                "processInstanceKey": process_instance_key,
                "rootProcessInstanceKey": root_process_instance_key,
                "processDefinitionKey": process_definition_key,
                "elementInstanceKey": element_instance_key,
                "businessId": business_id,
                "kind": kind,
                "listenerEventType": listener_event_type,
                "userTask": user_task,
                "tags": tags,
                "priority": priority,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activated_job_result_custom_headers import ActivatedJobResultCustomHeaders  # noqa: PLC0415
        from ..models.activated_job_result_user_task_type_0 import ActivatedJobResultUserTaskType0  # noqa: PLC0415
        from ..models.activated_job_result_variables import ActivatedJobResultVariables  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        process_definition_id = d.pop("processDefinitionId")

        process_definition_version = d.pop("processDefinitionVersion")

        element_id = d.pop("elementId")

        custom_headers = ActivatedJobResultCustomHeaders.from_dict(d.pop("customHeaders"))

        worker = d.pop("worker")

        retries = d.pop("retries")

        deadline = d.pop("deadline")

        variables = ActivatedJobResultVariables.from_dict(d.pop("variables"))

        tenant_id = d.pop("tenantId")

        physical_tenant_id = d.pop("physicalTenantId")

        job_key = d.pop("jobKey")

        process_instance_key = d.pop("processInstanceKey")

        def _parse_root_process_instance_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        root_process_instance_key = _parse_root_process_instance_key(d.pop("rootProcessInstanceKey"))

        process_definition_key = d.pop("processDefinitionKey")

        element_instance_key = d.pop("elementInstanceKey")

        def _parse_business_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        business_id = _parse_business_id(d.pop("businessId"))

        kind = check_activated_job_result_kind(d.pop("kind"))

        listener_event_type = check_activated_job_result_listener_event_type(d.pop("listenerEventType"))

        def _parse_user_task(data: object) -> ActivatedJobResultUserTaskType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_task_type_0 = ActivatedJobResultUserTaskType0.from_dict(data)

                return user_task_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivatedJobResultUserTaskType0 | None, data)

        user_task = _parse_user_task(d.pop("userTask"))

        tags = cast(list[str], d.pop("tags"))

        priority = d.pop("priority")

        activated_job_result = cls(
            type_=type_,
            process_definition_id=process_definition_id,
            process_definition_version=process_definition_version,
            element_id=element_id,
            custom_headers=custom_headers,
            worker=worker,
            retries=retries,
            deadline=deadline,
            variables=variables,
            tenant_id=tenant_id,
            physical_tenant_id=physical_tenant_id,
            job_key=job_key,
            process_instance_key=process_instance_key,
            root_process_instance_key=root_process_instance_key,
            process_definition_key=process_definition_key,
            element_instance_key=element_instance_key,
            business_id=business_id,
            kind=kind,
            listener_event_type=listener_event_type,
            user_task=user_task,
            tags=tags,
            priority=priority,
        )

        return activated_job_result
