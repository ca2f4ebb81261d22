# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.deployed_job_definition import DeployedJobDefinition


T = TypeVar("T", bound="DeployedProcessDefinition")


@_attrs_define
class DeployedProcessDefinition:
    """A deployed process definition.

    Attributes:
        process_definition_key (int): The key of the definition. Example: 2251799813685249.
        process_definition_id (str): The Camunda 7 id: `{bpmnProcessId}:{version}:{processDefinitionKey}`. Example:
            invoice:1:2251799813685249.
        bpmn_process_id (str): The BPMN process id. Example: invoice.
        name (None | str): The name of the definition. Example: Invoice handling.
        version (int): The version, counted per BPMN process id and tenant from 1. Example: 1.
        tenant_id (None | str): The tenant; `null` for none. Example: tenant-a.
        deployment_key (int): The key of the deployment. Example: 2251799813685248.
        deployment_id (str): The key of the deployment as a string. Example: 2251799813685248.
        job_definitions (list[DeployedJobDefinition]): The job definitions, in flow order.
    """

    process_definition_key: int
    process_definition_id: str
    bpmn_process_id: str
    name: None | str
    version: int
    tenant_id: None | str
    deployment_key: int
    deployment_id: str
    job_definitions: list[DeployedJobDefinition]

    def to_dict(self) -> dict[str, Any]:
        process_definition_key = self.process_definition_key

        process_definition_id = self.process_definition_id

        bpmn_process_id = self.bpmn_process_id

        name: None | str
        name = self.name

        version = self.version

        tenant_id: None | str
        tenant_id = self.tenant_id

        deployment_key = self.deployment_key

        deployment_id = self.deployment_id

        job_definitions = []
        for job_definitions_item_data in self.job_definitions:
            job_definitions_item = job_definitions_item_data.to_dict()
            job_definitions.append(job_definitions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "processDefinitionKey": process_definition_key,
                "processDefinitionId": process_definition_id,
                "bpmnProcessId": bpmn_process_id,
                "name": name,
                "version": version,
                "tenantId": tenant_id,
                "deploymentKey": deployment_key,
                "deploymentId": deployment_id,
                "jobDefinitions": job_definitions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployed_job_definition import DeployedJobDefinition  # noqa: PLC0415

        d = dict(src_dict)
        process_definition_key = d.pop("processDefinitionKey")

        process_definition_id = d.pop("processDefinitionId")

        bpmn_process_id = d.pop("bpmnProcessId")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        version = d.pop("version")

        def _parse_tenant_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId"))

        deployment_key = d.pop("deploymentKey")

        deployment_id = d.pop("deploymentId")

        job_definitions = []
        _job_definitions = d.pop("jobDefinitions")
        for job_definitions_item_data in _job_definitions:
            job_definitions_item = DeployedJobDefinition.from_dict(job_definitions_item_data)

            job_definitions.append(job_definitions_item)

        deployed_process_definition = cls(
            process_definition_key=process_definition_key,
            process_definition_id=process_definition_id,
            bpmn_process_id=bpmn_process_id,
            name=name,
            version=version,
            tenant_id=tenant_id,
            deployment_key=deployment_key,
            deployment_id=deployment_id,
            job_definitions=job_definitions,
        )

        return deployed_process_definition
