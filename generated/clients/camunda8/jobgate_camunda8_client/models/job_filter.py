# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.job_filter_kind import JobFilterKind, check_job_filter_kind
from ..models.job_state import JobState, check_job_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobFilter")


@_attrs_define
class JobFilter:
    """Exact values to match; every given field narrows the result.

    Attributes:
        job_key (str | Unset): System-generated key of a job, a decimal number as a string.
        type_ (str | Unset): The job type.
        worker (str | Unset): The worker that last activated the job.
        state (JobState | Unset): The state of a job as Camunda 8 reports it.
        kind (JobFilterKind | Unset): The job kind (always `BPMN_ELEMENT` in jobgate).
        process_definition_id (str | Unset): The BPMN process id.
        process_definition_key (str | Unset): System-generated key (process instance, definition, element instance), a
            decimal number as a string.
        process_instance_key (str | Unset): System-generated key (process instance, definition, element instance), a
            decimal number as a string.
        element_id (str | Unset): The task id.
        element_instance_key (str | Unset): System-generated key (process instance, definition, element instance), a
            decimal number as a string.
        tenant_id (str | Unset): The tenant (`<default>` for jobs without one).
        retries (int | Unset): Retries left.
        has_failed_with_retries_left (bool | Unset): Failed, but with retries left.
        error_code (str | Unset): The error code thrown.
    """

    job_key: str | Unset = UNSET
    type_: str | Unset = UNSET
    worker: str | Unset = UNSET
    state: JobState | Unset = UNSET
    kind: JobFilterKind | Unset = UNSET
    process_definition_id: str | Unset = UNSET
    process_definition_key: str | Unset = UNSET
    process_instance_key: str | Unset = UNSET
    element_id: str | Unset = UNSET
    element_instance_key: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    retries: int | Unset = UNSET
    has_failed_with_retries_left: bool | Unset = UNSET
    error_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        job_key = self.job_key

        type_ = self.type_

        worker = self.worker

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        process_definition_id = self.process_definition_id

        process_definition_key = self.process_definition_key

        process_instance_key = self.process_instance_key

        element_id = self.element_id

        element_instance_key = self.element_instance_key

        tenant_id = self.tenant_id

        retries = self.retries

        has_failed_with_retries_left = self.has_failed_with_retries_left

        error_code = self.error_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if job_key is not UNSET:
            field_dict["jobKey"] = job_key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if worker is not UNSET:
            field_dict["worker"] = worker
        if state is not UNSET:
            field_dict["state"] = state
        if kind is not UNSET:
            field_dict["kind"] = kind
        if process_definition_id is not UNSET:
            field_dict["processDefinitionId"] = process_definition_id
        if process_definition_key is not UNSET:
            field_dict["processDefinitionKey"] = process_definition_key
        if process_instance_key is not UNSET:
            field_dict["processInstanceKey"] = process_instance_key
        if element_id is not UNSET:
            field_dict["elementId"] = element_id
        if element_instance_key is not UNSET:
            field_dict["elementInstanceKey"] = element_instance_key
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if retries is not UNSET:
            field_dict["retries"] = retries
        if has_failed_with_retries_left is not UNSET:
            field_dict["hasFailedWithRetriesLeft"] = has_failed_with_retries_left
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_key = d.pop("jobKey", UNSET)

        type_ = d.pop("type", UNSET)

        worker = d.pop("worker", UNSET)

        _state = d.pop("state", UNSET)
        state: JobState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_job_state(_state)

        _kind = d.pop("kind", UNSET)
        kind: JobFilterKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_job_filter_kind(_kind)

        process_definition_id = d.pop("processDefinitionId", UNSET)

        process_definition_key = d.pop("processDefinitionKey", UNSET)

        process_instance_key = d.pop("processInstanceKey", UNSET)

        element_id = d.pop("elementId", UNSET)

        element_instance_key = d.pop("elementInstanceKey", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        retries = d.pop("retries", UNSET)

        has_failed_with_retries_left = d.pop("hasFailedWithRetriesLeft", UNSET)

        error_code = d.pop("errorCode", UNSET)

        job_filter = cls(
            job_key=job_key,
            type_=type_,
            worker=worker,
            state=state,
            kind=kind,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
            process_instance_key=process_instance_key,
            element_id=element_id,
            element_instance_key=element_instance_key,
            tenant_id=tenant_id,
            retries=retries,
            has_failed_with_retries_left=has_failed_with_retries_left,
            error_code=error_code,
        )

        return job_filter
