# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="ProcessInstanceJobItem")


@_attrs_define
class ProcessInstanceJobItem:
    """A runtime job of a process instance.

    Attributes:
        id (str): Job ID.
        activity_name (str): Display name of the activity that created the job.
        created_time (str): When the job was created, `yyyy-MM-dd'T'HH:mm:ss` in UTC. Example: 2024-05-01T12:30:00.
        due_date (None | str): When the job is due to run, `yyyy-MM-dd'T'HH:mm:ss` in UTC; null when the job has no due
            date. Example: 2024-05-01T12:35:00.
        exception_message (None | str): Message of the last execution's exception; null if none.
        exception_trace (None | str): Stack trace of the last execution's exception, shown only for a job with no
            retries left (retries 0, as for an EXHAUSTED job); null otherwise.
        execution_id (str): ID of the execution that created the job.
        is_executing (bool): Whether the job is executing right now (locked by a worker).
        is_retry_allowed (bool): Whether the job may be resubmitted now (a runtime job that is not executing).
        process_definition_id (str): ID of the process definition.
        process_definition_key (str): Key of the process definition.
        process_instance_id (str): ID of the process instance that owns the job.
        retries (int): Retries left.
        links (list[Link]): Links related to this resource.
    """

    id: str
    activity_name: str
    created_time: str
    due_date: None | str
    exception_message: None | str
    exception_trace: None | str
    execution_id: str
    is_executing: bool
    is_retry_allowed: bool
    process_definition_id: str
    process_definition_key: str
    process_instance_id: str
    retries: int
    links: list[Link]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        activity_name = self.activity_name

        created_time = self.created_time

        due_date: None | str
        due_date = self.due_date

        exception_message: None | str
        exception_message = self.exception_message

        exception_trace: None | str
        exception_trace = self.exception_trace

        execution_id = self.execution_id

        is_executing = self.is_executing

        is_retry_allowed = self.is_retry_allowed

        process_definition_id = self.process_definition_id

        process_definition_key = self.process_definition_key

        process_instance_id = self.process_instance_id

        retries = self.retries

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "activityName": activity_name,
                "createdTime": created_time,
                "dueDate": due_date,
                "exceptionMessage": exception_message,
                "exceptionTrace": exception_trace,
                "executionId": execution_id,
                "isExecuting": is_executing,
                "isRetryAllowed": is_retry_allowed,
                "processDefinitionId": process_definition_id,
                "processDefinitionKey": process_definition_key,
                "processInstanceId": process_instance_id,
                "retries": retries,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        activity_name = d.pop("activityName")

        created_time = d.pop("createdTime")

        def _parse_due_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        due_date = _parse_due_date(d.pop("dueDate"))

        def _parse_exception_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exception_message = _parse_exception_message(d.pop("exceptionMessage"))

        def _parse_exception_trace(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exception_trace = _parse_exception_trace(d.pop("exceptionTrace"))

        execution_id = d.pop("executionId")

        is_executing = d.pop("isExecuting")

        is_retry_allowed = d.pop("isRetryAllowed")

        process_definition_id = d.pop("processDefinitionId")

        process_definition_key = d.pop("processDefinitionKey")

        process_instance_id = d.pop("processInstanceId")

        retries = d.pop("retries")

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        process_instance_job_item = cls(
            id=id,
            activity_name=activity_name,
            created_time=created_time,
            due_date=due_date,
            exception_message=exception_message,
            exception_trace=exception_trace,
            execution_id=execution_id,
            is_executing=is_executing,
            is_retry_allowed=is_retry_allowed,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
            process_instance_id=process_instance_id,
            retries=retries,
            links=links,
        )

        return process_instance_job_item
