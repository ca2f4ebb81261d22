# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.task_kind import TaskKind, check_task_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpec")


@_attrs_define
class TaskSpec:
    """A task of a process definition.

    Attributes:
        element_id (str): The BPMN element id (Camunda 7 activityId). Example: charge-card.
        type_ (str): The job type that workers subscribe to. Example: charge-card.
        name (None | str | Unset): The name of the task; defaults to its element id where a name is shown. Example:
            Charge card.
        kind (TaskKind | Unset): The kind of job a task creates. Default: 'message'. Example: message.
        job_type (str | Unset): The Camunda 7 job handler type. Defaults to `async-continuation` for message tasks and
            `timer-intermediate-transition` for timer tasks. Example: async-continuation.
        job_configuration (str | Unset): The Camunda 7 job configuration. Defaults to `async-before`. Example: async-
            before.
        overriding_job_priority (int | None | Unset): The priority of the task's jobs; `null` for none (jobs get
            priority 0). Example: 10.
        suspended (bool | Unset): Whether the job definition, and so its new jobs, are suspended. Default: False.
            Example: False.
    """

    element_id: str
    type_: str
    name: None | str | Unset = UNSET
    kind: TaskKind | Unset = "message"
    job_type: str | Unset = UNSET
    job_configuration: str | Unset = UNSET
    overriding_job_priority: int | None | Unset = UNSET
    suspended: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        element_id = self.element_id

        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        job_type = self.job_type

        job_configuration = self.job_configuration

        overriding_job_priority: int | None | Unset
        if isinstance(self.overriding_job_priority, Unset):
            overriding_job_priority = UNSET
        else:
            overriding_job_priority = self.overriding_job_priority

        suspended = self.suspended

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "elementId": element_id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if job_type is not UNSET:
            field_dict["jobType"] = job_type
        if job_configuration is not UNSET:
            field_dict["jobConfiguration"] = job_configuration
        if overriding_job_priority is not UNSET:
            field_dict["overridingJobPriority"] = overriding_job_priority
        if suspended is not UNSET:
            field_dict["suspended"] = suspended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        element_id = d.pop("elementId")

        type_ = d.pop("type")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: TaskKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_task_kind(_kind)

        job_type = d.pop("jobType", UNSET)

        job_configuration = d.pop("jobConfiguration", UNSET)

        def _parse_overriding_job_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        overriding_job_priority = _parse_overriding_job_priority(d.pop("overridingJobPriority", UNSET))

        suspended = d.pop("suspended", UNSET)

        task_spec = cls(
            element_id=element_id,
            type_=type_,
            name=name,
            kind=kind,
            job_type=job_type,
            job_configuration=job_configuration,
            overriding_job_priority=overriding_job_priority,
            suspended=suspended,
        )

        return task_spec
