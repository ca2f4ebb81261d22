# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.activated_job_result import ActivatedJobResult


T = TypeVar("T", bound="JobActivationResult")


@_attrs_define
class JobActivationResult:
    """The jobs activated by one request.

    Attributes:
        jobs (list[ActivatedJobResult]): The activated jobs, in key order; empty when none became available in time.
    """

    jobs: list[ActivatedJobResult]

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobs": jobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activated_job_result import ActivatedJobResult  # noqa: PLC0415

        d = dict(src_dict)
        jobs = []
        _jobs = d.pop("jobs")
        for jobs_item_data in _jobs:
            jobs_item = ActivatedJobResult.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        job_activation_result = cls(
            jobs=jobs,
        )

        return job_activation_result
