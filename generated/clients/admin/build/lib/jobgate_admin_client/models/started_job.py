# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StartedJob")


@_attrs_define
class StartedJob:
    """A job created with a process instance.

    Attributes:
        key (int): The key of the job. Example: 2251799813685253.
        id (str): The key as a string (Camunda 7 job id). Example: 2251799813685253.
        element_id (str): The element id of the task. Example: charge-card.
        job_definition_id (int): The key of the job definition. Example: 2251799813685250.
    """

    key: int
    id: str
    element_id: str
    job_definition_id: int

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        id = self.id

        element_id = self.element_id

        job_definition_id = self.job_definition_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "id": id,
                "elementId": element_id,
                "jobDefinitionId": job_definition_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        id = d.pop("id")

        element_id = d.pop("elementId")

        job_definition_id = d.pop("jobDefinitionId")

        started_job = cls(
            key=key,
            id=id,
            element_id=element_id,
            job_definition_id=job_definition_id,
        )

        return started_job
