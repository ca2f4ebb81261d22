# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LoadResult")


@_attrs_define
class LoadResult:
    """How much a bulk load created.

    Attributes:
        definitions (int): The number of process definitions deployed. Example: 1.
        instances (int): The number of process instances started. Example: 1000.
        jobs (int): The number of jobs created. Example: 1000.
    """

    definitions: int
    instances: int
    jobs: int

    def to_dict(self) -> dict[str, Any]:
        definitions = self.definitions

        instances = self.instances

        jobs = self.jobs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "definitions": definitions,
                "instances": instances,
                "jobs": jobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        definitions = d.pop("definitions")

        instances = d.pop("instances")

        jobs = d.pop("jobs")

        load_result = cls(
            definitions=definitions,
            instances=instances,
            jobs=jobs,
        )

        return load_result
