# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.activated_job_status import ActivatedJobStatus, check_activated_job_status

if TYPE_CHECKING:
    from ..models.activated_job_custom_headers import ActivatedJobCustomHeaders
    from ..models.activated_job_variables import ActivatedJobVariables


T = TypeVar("T", bound="ActivatedJob")


@_attrs_define
class ActivatedJob:
    """A job claimed by a worker until its deadline.

    Attributes:
        key (int): Key of the job.
        status (ActivatedJobStatus): Status of the job; always `activated` here.
        type_ (str): Job type.
        process_instance_key (int): Key of the process instance the job belongs to.
        bpmn_process_id (str): BPMN process id of the process definition.
        process_definition_version (int): Version of the process definition.
        process_definition_key (int): Key of the process definition.
        element_id (str): Id of the BPMN element (task) that created the job.
        element_instance_key (int): Key of the element instance.
        custom_headers (ActivatedJobCustomHeaders): Custom headers defined on the task.
        worker (str): Name of the worker that activated the job.
        retries (int): Retries left.
        deadline (int): When the lease expires and the job can be activated again (UNIX epoch milliseconds).
        variables (ActivatedJobVariables): Process instance variables at activation time, filtered by `fetchVariables`.
    """

    key: int
    status: ActivatedJobStatus
    type_: str
    process_instance_key: int
    bpmn_process_id: str
    process_definition_version: int
    process_definition_key: int
    element_id: str
    element_instance_key: int
    custom_headers: ActivatedJobCustomHeaders
    worker: str
    retries: int
    deadline: int
    variables: ActivatedJobVariables

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        status: str = self.status

        type_ = self.type_

        process_instance_key = self.process_instance_key

        bpmn_process_id = self.bpmn_process_id

        process_definition_version = self.process_definition_version

        process_definition_key = self.process_definition_key

        element_id = self.element_id

        element_instance_key = self.element_instance_key

        custom_headers = self.custom_headers.to_dict()

        worker = self.worker

        retries = self.retries

        deadline = self.deadline

        variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "status": status,
                "type": type_,
                "processInstanceKey": process_instance_key,
                "bpmnProcessId": bpmn_process_id,
                "processDefinitionVersion": process_definition_version,
                "processDefinitionKey": process_definition_key,
                "elementId": element_id,
                "elementInstanceKey": element_instance_key,
                "customHeaders": custom_headers,
                "worker": worker,
                "retries": retries,
                "deadline": deadline,
                "variables": variables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activated_job_custom_headers import ActivatedJobCustomHeaders  # noqa: PLC0415
        from ..models.activated_job_variables import ActivatedJobVariables  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        status = check_activated_job_status(d.pop("status"))

        type_ = d.pop("type")

        process_instance_key = d.pop("processInstanceKey")

        bpmn_process_id = d.pop("bpmnProcessId")

        process_definition_version = d.pop("processDefinitionVersion")

        process_definition_key = d.pop("processDefinitionKey")

        element_id = d.pop("elementId")

        element_instance_key = d.pop("elementInstanceKey")

        custom_headers = ActivatedJobCustomHeaders.from_dict(d.pop("customHeaders"))

        worker = d.pop("worker")

        retries = d.pop("retries")

        deadline = d.pop("deadline")

        variables = ActivatedJobVariables.from_dict(d.pop("variables"))

        activated_job = cls(
            key=key,
            status=status,
            type_=type_,
            process_instance_key=process_instance_key,
            bpmn_process_id=bpmn_process_id,
            process_definition_version=process_definition_version,
            process_definition_key=process_definition_key,
            element_id=element_id,
            element_instance_key=element_instance_key,
            custom_headers=custom_headers,
            worker=worker,
            retries=retries,
            deadline=deadline,
            variables=variables,
        )

        return activated_job
