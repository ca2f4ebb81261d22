# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.activated_job import ActivatedJob


T = TypeVar("T", bound="ActivateJobsData")


@_attrs_define
class ActivateJobsData:
    """The jobs activated by one request.

    Attributes:
        jobs (list[ActivatedJob]): The activated jobs, in key order; empty when none became available in time.
    """

    jobs: list[ActivatedJob]

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
        from ..models.activated_job import ActivatedJob  # noqa: PLC0415

        d = dict(src_dict)
        jobs = []
        _jobs = d.pop("jobs")
        for jobs_item_data in _jobs:
            jobs_item = ActivatedJob.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        activate_jobs_data = cls(
            jobs=jobs,
        )

        return activate_jobs_data
