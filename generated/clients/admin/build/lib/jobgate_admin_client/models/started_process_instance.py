# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.started_job import StartedJob


T = TypeVar("T", bound="StartedProcessInstance")


@_attrs_define
class StartedProcessInstance:
    """A started process instance.

    Attributes:
        process_instance_key (int): The key of the instance. Example: 2251799813685251.
        process_instance_id (str): The key as a string (Camunda 7 process instance id). Example: 2251799813685251.
        process_definition_key (int): The key of the definition. Example: 2251799813685249.
        process_definition_id (str): The Camunda 7 id of the definition. Example: invoice:1:2251799813685249.
        bpmn_process_id (str): The BPMN process id. Example: invoice.
        version (int): The version of the definition. Example: 1.
        jobs (list[StartedJob]): The jobs created, ordered by key.
    """

    process_instance_key: int
    process_instance_id: str
    process_definition_key: int
    process_definition_id: str
    bpmn_process_id: str
    version: int
    jobs: list[StartedJob]

    def to_dict(self) -> dict[str, Any]:
        process_instance_key = self.process_instance_key

        process_instance_id = self.process_instance_id

        process_definition_key = self.process_definition_key

        process_definition_id = self.process_definition_id

        bpmn_process_id = self.bpmn_process_id

        version = self.version

        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "processInstanceKey": process_instance_key,
                "processInstanceId": process_instance_id,
                "processDefinitionKey": process_definition_key,
                "processDefinitionId": process_definition_id,
                "bpmnProcessId": bpmn_process_id,
                "version": version,
                "jobs": jobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.started_job import StartedJob  # noqa: PLC0415

        d = dict(src_dict)
        process_instance_key = d.pop("processInstanceKey")

        process_instance_id = d.pop("processInstanceId")

        process_definition_key = d.pop("processDefinitionKey")

        process_definition_id = d.pop("processDefinitionId")

        bpmn_process_id = d.pop("bpmnProcessId")

        version = d.pop("version")

        jobs = []
        _jobs = d.pop("jobs")
        for jobs_item_data in _jobs:
            jobs_item = StartedJob.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        started_process_instance = cls(
            process_instance_key=process_instance_key,
            process_instance_id=process_instance_id,
            process_definition_key=process_definition_key,
            process_definition_id=process_definition_id,
            bpmn_process_id=bpmn_process_id,
            version=version,
            jobs=jobs,
        )

        return started_process_instance
