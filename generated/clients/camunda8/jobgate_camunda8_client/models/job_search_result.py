# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.job_search_result_kind import JobSearchResultKind, check_job_search_result_kind
from ..models.job_search_result_listener_event_type import (
    JobSearchResultListenerEventType,
    check_job_search_result_listener_event_type,
)
from ..models.job_state import JobState, check_job_state

if TYPE_CHECKING:
    from ..models.job_search_result_custom_headers import JobSearchResultCustomHeaders


T = TypeVar("T", bound="JobSearchResult")


@_attrs_define
class JobSearchResult:
    """A job found by a search.

    Attributes:
        custom_headers (JobSearchResultCustomHeaders): The custom headers of the task.
        deadline (datetime.datetime | None): When the current lease ends; null when the job is not leased.
        denied_reason (None | str): Always null.
        element_id (None | str): The id of the task.
        element_instance_key (str): System-generated key (process instance, definition, element instance), a decimal
            number as a string.
        end_time (datetime.datetime | None): Always null (jobgate keeps no end time per job).
        error_code (None | str): The error code thrown, if any.
        error_message (None | str): The failure message, if any.
        has_failed_with_retries_left (bool): Failed, but with retries left.
        is_denied (bool | None): Always null.
        job_key (str): System-generated key of a job, a decimal number as a string.
        kind (JobSearchResultKind): Always `BPMN_ELEMENT`.
        listener_event_type (JobSearchResultListenerEventType): Always `UNSPECIFIED`.
        process_definition_id (str): The BPMN process id.
        process_definition_key (str): System-generated key (process instance, definition, element instance), a decimal
            number as a string.
        process_instance_key (str): System-generated key (process instance, definition, element instance), a decimal
            number as a string.
        root_process_instance_key (None | str): The process instance itself.
        business_id (None | str): The process instance's business key, or null.
        retries (int): Retries left.
        state (JobState): The state of a job as Camunda 8 reports it.
        tenant_id (str): A tenant id; `<default>` stands for "no tenant".
        type_ (str): The job type.
        worker (str): The worker that last activated the job (empty when none).
        creation_time (datetime.datetime | None): When the job was created.
        last_update_time (datetime.datetime | None): Always null.
        priority (int): The job's priority.
    """

    custom_headers: JobSearchResultCustomHeaders
    deadline: datetime.datetime | None
    denied_reason: None | str
    element_id: None | str
    element_instance_key: str
    end_time: datetime.datetime | None
    error_code: None | str
    error_message: None | str
    has_failed_with_retries_left: bool
    is_denied: bool | None
    job_key: str
    kind: JobSearchResultKind
    listener_event_type: JobSearchResultListenerEventType
    process_definition_id: str
    process_definition_key: str
    process_instance_key: str
    root_process_instance_key: None | str
    business_id: None | str
    retries: int
    state: JobState
    tenant_id: str
    type_: str
    worker: str
    creation_time: datetime.datetime | None
    last_update_time: datetime.datetime | None
    priority: int

    def to_dict(self) -> dict[str, Any]:
        custom_headers = self.custom_headers.to_dict()

        deadline: None | str
        if isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        denied_reason: None | str
        denied_reason = self.denied_reason

        element_id: None | str
        element_id = self.element_id

        element_instance_key = self.element_instance_key

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        error_code: None | str
        error_code = self.error_code

        error_message: None | str
        error_message = self.error_message

        has_failed_with_retries_left = self.has_failed_with_retries_left

        is_denied: bool | None
        is_denied = self.is_denied

        job_key = self.job_key

        kind: str = self.kind

        listener_event_type: str = self.listener_event_type

        process_definition_id = self.process_definition_id

        process_definition_key = self.process_definition_key

        process_instance_key = self.process_instance_key

        root_process_instance_key: None | str
        root_process_instance_key = self.root_process_instance_key

        business_id: None | str
        business_id = self.business_id

        retries = self.retries

        state: str = self.state

        tenant_id = self.tenant_id

        type_ = self.type_

        worker = self.worker

        creation_time: None | str
        if isinstance(self.creation_time, datetime.datetime):
            creation_time = self.creation_time.isoformat()
        else:
            creation_time = self.creation_time

        last_update_time: None | str
        if isinstance(self.last_update_time, datetime.datetime):
            last_update_time = self.last_update_time.isoformat()
        else:
            last_update_time = self.last_update_time

        priority = self.priority

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customHeaders": custom_headers,
                "deadline": deadline,
                "deniedReason": denied_reason,
                "elementId": element_id,
                "elementInstanceKey": element_instance_key,
                "endTime": end_time,
                "errorCode": error_code,
                "errorMessage": error_message,
                "hasFailedWithRetriesLeft": has_failed_with_retries_left,
                "isDenied": is_denied,
                "jobKey": job_key,
                "kind": kind,
                "listenerEventType": listener_event_type,
                "processDefinitionId": process_definition_id,
                "processDefinitionKey": process_definition_key,
                "processInstanceKey": process_instance_key,
                "rootProcessInstanceKey": root_process_instance_key,
                "businessId": business_id,
                "retries": retries,
                "state": state,
                "tenantId": tenant_id,
                "type": type_,
                "worker": worker,
                "creationTime": creation_time,
                "lastUpdateTime": last_update_time,
                "priority": priority,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_search_result_custom_headers import JobSearchResultCustomHeaders  # noqa: PLC0415

        d = dict(src_dict)
        custom_headers = JobSearchResultCustomHeaders.from_dict(d.pop("customHeaders"))

        def _parse_deadline(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.datetime.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        deadline = _parse_deadline(d.pop("deadline"))

        def _parse_denied_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        denied_reason = _parse_denied_reason(d.pop("deniedReason"))

        def _parse_element_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        element_id = _parse_element_id(d.pop("elementId"))

        element_instance_key = d.pop("elementInstanceKey")

        def _parse_end_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_time = _parse_end_time(d.pop("endTime"))

        def _parse_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_code = _parse_error_code(d.pop("errorCode"))

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("errorMessage"))

        has_failed_with_retries_left = d.pop("hasFailedWithRetriesLeft")

        def _parse_is_denied(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_denied = _parse_is_denied(d.pop("isDenied"))

        job_key = d.pop("jobKey")

        kind = check_job_search_result_kind(d.pop("kind"))

        listener_event_type = check_job_search_result_listener_event_type(d.pop("listenerEventType"))

        process_definition_id = d.pop("processDefinitionId")

        process_definition_key = d.pop("processDefinitionKey")

        process_instance_key = d.pop("processInstanceKey")

        def _parse_root_process_instance_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        root_process_instance_key = _parse_root_process_instance_key(d.pop("rootProcessInstanceKey"))

        def _parse_business_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        business_id = _parse_business_id(d.pop("businessId"))

        retries = d.pop("retries")

        state = check_job_state(d.pop("state"))

        tenant_id = d.pop("tenantId")

        type_ = d.pop("type")

        worker = d.pop("worker")

        def _parse_creation_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creation_time_type_0 = datetime.datetime.fromisoformat(data)

                return creation_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        creation_time = _parse_creation_time(d.pop("creationTime"))

        def _parse_last_update_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_update_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_update_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_update_time = _parse_last_update_time(d.pop("lastUpdateTime"))

        priority = d.pop("priority")

        job_search_result = cls(
            custom_headers=custom_headers,
            deadline=deadline,
            denied_reason=denied_reason,
            element_id=element_id,
            element_instance_key=element_instance_key,
            end_time=end_time,
            error_code=error_code,
            error_message=error_message,
            has_failed_with_retries_left=has_failed_with_retries_left,
            is_denied=is_denied,
            job_key=job_key,
            kind=kind,
            listener_event_type=listener_event_type,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
            process_instance_key=process_instance_key,
            root_process_instance_key=root_process_instance_key,
            business_id=business_id,
            retries=retries,
            state=state,
            tenant_id=tenant_id,
            type_=type_,
            worker=worker,
            creation_time=creation_time,
            last_update_time=last_update_time,
            priority=priority,
        )

        return job_search_result
