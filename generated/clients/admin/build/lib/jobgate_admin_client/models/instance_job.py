# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.job_state import JobState, check_job_state

T = TypeVar("T", bound="InstanceJob")


@_attrs_define
class InstanceJob:
    """A job of a process instance.

    Attributes:
        key (int): The key of the job. Example: 2251799813685253.
        element_id (str): The element id of the task. Example: charge-card.
        type_ (str): The job type. Example: charge-card.
        state (JobState): The state of a job. `activatable`, `activated` and `failed` jobs exist at runtime; `completed`
            and `error_thrown` jobs are history. Example: activatable.
        retries (int): The retries left. Example: 3.
    """

    key: int
    element_id: str
    type_: str
    state: JobState
    retries: int

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        element_id = self.element_id

        type_ = self.type_

        state: str = self.state

        retries = self.retries

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "elementId": element_id,
                "type": type_,
                "state": state,
                "retries": retries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        element_id = d.pop("elementId")

        type_ = d.pop("type")

        state = check_job_state(d.pop("state"))

        retries = d.pop("retries")

        instance_job = cls(
            key=key,
            element_id=element_id,
            type_=type_,
            state=state,
            retries=retries,
        )

        return instance_job
