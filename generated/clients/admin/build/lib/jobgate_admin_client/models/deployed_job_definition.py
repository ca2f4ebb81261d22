# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.task_kind import TaskKind, check_task_kind

T = TypeVar("T", bound="DeployedJobDefinition")


@_attrs_define
class DeployedJobDefinition:
    """A job definition of a deployed process definition.

    Attributes:
        id (int): The key of the job definition. Example: 2251799813685250.
        job_definition_id (str): The key as a string (Camunda 7 job definition id). Example: 2251799813685250.
        element_id (str): The element id of the task. Example: charge-card.
        type_ (str): The job type. Example: charge-card.
        kind (TaskKind): The kind of job a task creates. Example: message.
        position (int): The position in the flow, from 0. Example: 0.
    """

    id: int
    job_definition_id: str
    element_id: str
    type_: str
    kind: TaskKind
    position: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_definition_id = self.job_definition_id

        element_id = self.element_id

        type_ = self.type_

        kind: str = self.kind

        position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "jobDefinitionId": job_definition_id,
                "elementId": element_id,
                "type": type_,
                "kind": kind,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        job_definition_id = d.pop("jobDefinitionId")

        element_id = d.pop("elementId")

        type_ = d.pop("type")

        kind = check_task_kind(d.pop("kind"))

        position = d.pop("position")

        deployed_job_definition = cls(
            id=id,
            job_definition_id=job_definition_id,
            element_id=element_id,
            type_=type_,
            kind=kind,
            position=position,
        )

        return deployed_job_definition
