# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.process_instance_state import ProcessInstanceState, check_process_instance_state

if TYPE_CHECKING:
    from ..models.instance_job import InstanceJob
    from ..models.process_instance_view_variables import ProcessInstanceViewVariables


T = TypeVar("T", bound="ProcessInstanceView")


@_attrs_define
class ProcessInstanceView:
    """A process instance with its variables and jobs.

    Attributes:
        process_instance_key (int): The key of the instance. Example: 2251799813685251.
        process_instance_id (str): The key as a string (Camunda 7 process instance id). Example: 2251799813685251.
        process_definition_key (int): The key of the definition. Example: 2251799813685249.
        process_definition_id (str): The Camunda 7 id of the definition. Example: invoice:1:2251799813685249.
        bpmn_process_id (str): The BPMN process id. Example: invoice.
        version (int): The version of the definition. Example: 1.
        state (ProcessInstanceState): The state of a process instance. Example: active.
        business_key (None | str): The business key. Example: order-4711.
        tenant_id (None | str): The tenant; `null` for none. Example: tenant-a.
        variables (ProcessInstanceViewVariables): The current instance variables. Example: {'orderId': 4711, 'amount':
            99.5}.
        jobs (list[InstanceJob]): All jobs of the instance, runtime and finished, ordered by key.
    """

    process_instance_key: int
    process_instance_id: str
    process_definition_key: int
    process_definition_id: str
    bpmn_process_id: str
    version: int
    state: ProcessInstanceState
    business_key: None | str
    tenant_id: None | str
    variables: ProcessInstanceViewVariables
    jobs: list[InstanceJob]

    def to_dict(self) -> dict[str, Any]:
        process_instance_key = self.process_instance_key

        process_instance_id = self.process_instance_id

        process_definition_key = self.process_definition_key

        process_definition_id = self.process_definition_id

        bpmn_process_id = self.bpmn_process_id

        version = self.version

        state: str = self.state

        business_key: None | str
        business_key = self.business_key

        tenant_id: None | str
        tenant_id = self.tenant_id

        variables = self.variables.to_dict()

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
                "state": state,
                "businessKey": business_key,
                "tenantId": tenant_id,
                "variables": variables,
                "jobs": jobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_job import InstanceJob  # noqa: PLC0415
        from ..models.process_instance_view_variables import ProcessInstanceViewVariables  # noqa: PLC0415

        d = dict(src_dict)
        process_instance_key = d.pop("processInstanceKey")

        process_instance_id = d.pop("processInstanceId")

        process_definition_key = d.pop("processDefinitionKey")

        process_definition_id = d.pop("processDefinitionId")

        bpmn_process_id = d.pop("bpmnProcessId")

        version = d.pop("version")

        state = check_process_instance_state(d.pop("state"))

        def _parse_business_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        business_key = _parse_business_key(d.pop("businessKey"))

        def _parse_tenant_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId"))

        variables = ProcessInstanceViewVariables.from_dict(d.pop("variables"))

        jobs = []
        _jobs = d.pop("jobs")
        for jobs_item_data in _jobs:
            jobs_item = InstanceJob.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        process_instance_view = cls(
            process_instance_key=process_instance_key,
            process_instance_id=process_instance_id,
            process_definition_key=process_definition_key,
            process_definition_id=process_definition_id,
            bpmn_process_id=bpmn_process_id,
            version=version,
            state=state,
            business_key=business_key,
            tenant_id=tenant_id,
            variables=variables,
            jobs=jobs,
        )

        return process_instance_view
