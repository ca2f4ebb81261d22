# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobDefinitionDto")


@_attrs_define
class JobDefinitionDto:
    """A job definition.

    Attributes:
        id (str): The id of the job definition. Example: 2251799813685250.
        process_definition_id (str): The id of the process definition this job definition is associated with. Example:
            invoice:1:2251799813685249.
        process_definition_key (str): The key of the process definition this job definition is associated with. Example:
            invoice.
        activity_id (str): The id of the activity this job definition is associated with. Example: charge-card.
        job_type (str): The type of the job which is running for this job definition, e.g. `async-continuation` or
            `timer-intermediate-transition`. Example: async-continuation.
        job_configuration (str): The configuration of a job definition provides details about the jobs which will be
            created. For example: for timer jobs it is the timer configuration. Example: async-before.
        overriding_job_priority (int | None): The execution priority defined for jobs that are created based on this
            definition. `null` when the priority has not been overridden on the job definition level. Example: 10.
        suspended (bool): Indicates whether this job definition is suspended or not. Example: False.
        tenant_id (None | str): The id of the tenant this job definition is associated with. Example: tenant-a.
        deployment_id (str): The id of the deployment this job definition is related to. Example: 2251799813685248.
    """

    id: str
    process_definition_id: str
    process_definition_key: str
    activity_id: str
    job_type: str
    job_configuration: str
    overriding_job_priority: int | None
    suspended: bool
    tenant_id: None | str
    deployment_id: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        process_definition_id = self.process_definition_id

        process_definition_key = self.process_definition_key

        activity_id = self.activity_id

        job_type = self.job_type

        job_configuration = self.job_configuration

        overriding_job_priority: int | None
        overriding_job_priority = self.overriding_job_priority

        suspended = self.suspended

        tenant_id: None | str
        tenant_id = self.tenant_id

        deployment_id = self.deployment_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "processDefinitionId": process_definition_id,
                "processDefinitionKey": process_definition_key,
                "activityId": activity_id,
                "jobType": job_type,
                "jobConfiguration": job_configuration,
                "overridingJobPriority": overriding_job_priority,
                "suspended": suspended,
                "tenantId": tenant_id,
                "deploymentId": deployment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        process_definition_id = d.pop("processDefinitionId")

        process_definition_key = d.pop("processDefinitionKey")

        activity_id = d.pop("activityId")

        job_type = d.pop("jobType")

        job_configuration = d.pop("jobConfiguration")

        def _parse_overriding_job_priority(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        overriding_job_priority = _parse_overriding_job_priority(d.pop("overridingJobPriority"))

        suspended = d.pop("suspended")

        def _parse_tenant_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId"))

        deployment_id = d.pop("deploymentId")

        job_definition_dto = cls(
            id=id,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
            activity_id=activity_id,
            job_type=job_type,
            job_configuration=job_configuration,
            overriding_job_priority=overriding_job_priority,
            suspended=suspended,
            tenant_id=tenant_id,
            deployment_id=deployment_id,
        )

        return job_definition_dto
