# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_fixture import JobFixture
    from ..models.start_instance_request_variables import StartInstanceRequestVariables


T = TypeVar("T", bound="StartInstanceRequest")


@_attrs_define
class StartInstanceRequest:
    """Starts a process instance. Give `bpmnProcessId` (with optional `tenantId` and `version`) or `processDefinitionKey`;
    without either the request is a 400.

        Example:
            {'bpmnProcessId': 'invoice', 'businessKey': 'order-4711', 'variables': {'orderId': 4711, 'amount': 99.5}}

        Attributes:
            bpmn_process_id (str | Unset): The BPMN process id of the definition. Example: invoice.
            process_definition_key (int | Unset): The key of the definition. Example: 2251799813685249.
            version (int | Unset): The version of the definition; defaults to the latest. Example: 1.
            tenant_id (None | str | Unset): The tenant of the definition; `null` or absent for none. Example: tenant-a.
            business_key (None | str | Unset): The business key of the instance. Example: order-4711.
            variables (StartInstanceRequestVariables | Unset): The instance variables, a JSON object. Example: {'orderId':
                4711, 'amount': 99.5}.
            jobs (list[JobFixture] | Unset): Job fixtures; when given, exactly these jobs are created instead of the first
                task's job.
    """

    bpmn_process_id: str | Unset = UNSET
    process_definition_key: int | Unset = UNSET
    version: int | Unset = UNSET
    tenant_id: None | str | Unset = UNSET
    business_key: None | str | Unset = UNSET
    variables: StartInstanceRequestVariables | Unset = UNSET
    jobs: list[JobFixture] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bpmn_process_id = self.bpmn_process_id

        process_definition_key = self.process_definition_key

        version = self.version

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        business_key: None | str | Unset
        if isinstance(self.business_key, Unset):
            business_key = UNSET
        else:
            business_key = self.business_key

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bpmn_process_id is not UNSET:
            field_dict["bpmnProcessId"] = bpmn_process_id
        if process_definition_key is not UNSET:
            field_dict["processDefinitionKey"] = process_definition_key
        if version is not UNSET:
            field_dict["version"] = version
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if business_key is not UNSET:
            field_dict["businessKey"] = business_key
        if variables is not UNSET:
            field_dict["variables"] = variables
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_fixture import JobFixture  # noqa: PLC0415
        from ..models.start_instance_request_variables import StartInstanceRequestVariables  # noqa: PLC0415

        d = dict(src_dict)
        bpmn_process_id = d.pop("bpmnProcessId", UNSET)

        process_definition_key = d.pop("processDefinitionKey", UNSET)

        version = d.pop("version", UNSET)

        def _parse_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        def _parse_business_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_key = _parse_business_key(d.pop("businessKey", UNSET))

        _variables = d.pop("variables", UNSET)
        variables: StartInstanceRequestVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = StartInstanceRequestVariables.from_dict(_variables)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[JobFixture] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = JobFixture.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        start_instance_request = cls(
            bpmn_process_id=bpmn_process_id,
            process_definition_key=process_definition_key,
            version=version,
            tenant_id=tenant_id,
            business_key=business_key,
            variables=variables,
            jobs=jobs,
        )

        return start_instance_request
