# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobDto")


@_attrs_define
class JobDto:
    """A job at runtime.

    Attributes:
        id (str): The id of the job. Example: 2251799813685253.
        job_definition_id (str): The id of the associated job definition. Example: 2251799813685250.
        due_date (None | str): The date on which this job is supposed to be processed, as `yyyy-MM-dd'T'HH:mm:ss.SSSZ`
            (UTC). `null` when the job is due at once. Example: 2025-09-25T13:38:42.165+0000.
        process_instance_id (str): The id of the process instance which execution created the job. Example:
            2251799813685251.
        execution_id (str): The specific execution id on which the job was created. Example: 2251799813685252.
        process_definition_id (str): The id of the process definition which this job belongs to. Example:
            invoice:1:2251799813685249.
        process_definition_key (str): The key of the process definition which this job belongs to. Example: invoice.
        retries (int): The number of retries this job has left. Example: 3.
        exception_message (None | str): The message of the exception that occurred, the last time the job was executed.
            Is null when no exception occurred. Example: Card declined.
        failed_activity_id (None | str): The id of the activity on which the last exception occurred, the last time the
            job was executed. Is null when no exception occurred. Example: charge-card.
        suspended (bool): A flag indicating whether the job is suspended or not. Example: False.
        priority (int): The job's priority for execution. Example: 0.
        tenant_id (None | str): The id of the tenant which this job belongs to. Example: tenant-a.
        create_time (str): The date on which this job has been created, as `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (UTC). Example:
            2025-09-25T13:33:42.165+0000.
        batch_id (None | str): The id of the batch associated with this job. `null` if no batch is associated with it.
    """

    id: str
    job_definition_id: str
    due_date: None | str
    process_instance_id: str
    execution_id: str
    process_definition_id: str
    process_definition_key: str
    retries: int
    exception_message: None | str
    failed_activity_id: None | str
    suspended: bool
    priority: int
    tenant_id: None | str
    create_time: str
    batch_id: None | str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_definition_id = self.job_definition_id

        due_date: None | str
        due_date = self.due_date

        process_instance_id = self.process_instance_id

        execution_id = self.execution_id

        process_definition_id = self.process_definition_id

        process_definition_key = self.process_definition_key

        retries = self.retries

        exception_message: None | str
        exception_message = self.exception_message

        failed_activity_id: None | str
        failed_activity_id = self.failed_activity_id

        suspended = self.suspended

        priority = self.priority

        tenant_id: None | str
        tenant_id = self.tenant_id

        create_time = self.create_time

        batch_id: None | str
        batch_id = self.batch_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "jobDefinitionId": job_definition_id,
                "dueDate": due_date,
                "processInstanceId": process_instance_id,
                "executionId": execution_id,
                "processDefinitionId": process_definition_id,
                "processDefinitionKey": process_definition_key,
                "retries": retries,
                "exceptionMessage": exception_message,
                "failedActivityId": failed_activity_id,
                "suspended": suspended,
                "priority": priority,
                "tenantId": tenant_id,
                "createTime": create_time,
                "batchId": batch_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        job_definition_id = d.pop("jobDefinitionId")

        def _parse_due_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        due_date = _parse_due_date(d.pop("dueDate"))

        process_instance_id = d.pop("processInstanceId")

        execution_id = d.pop("executionId")

        process_definition_id = d.pop("processDefinitionId")

        process_definition_key = d.pop("processDefinitionKey")

        retries = d.pop("retries")

        def _parse_exception_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exception_message = _parse_exception_message(d.pop("exceptionMessage"))

        def _parse_failed_activity_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failed_activity_id = _parse_failed_activity_id(d.pop("failedActivityId"))

        suspended = d.pop("suspended")

        priority = d.pop("priority")

        def _parse_tenant_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId"))

        create_time = d.pop("createTime")

        def _parse_batch_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        batch_id = _parse_batch_id(d.pop("batchId"))

        job_dto = cls(
            id=id,
            job_definition_id=job_definition_id,
            due_date=due_date,
            process_instance_id=process_instance_id,
            execution_id=execution_id,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
            retries=retries,
            exception_message=exception_message,
            failed_activity_id=failed_activity_id,
            suspended=suspended,
            priority=priority,
            tenant_id=tenant_id,
            create_time=create_time,
            batch_id=batch_id,
        )

        return job_dto
