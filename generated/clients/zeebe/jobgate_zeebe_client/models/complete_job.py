# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complete_job_status import CompleteJobStatus, check_complete_job_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complete_job_variables import CompleteJobVariables


T = TypeVar("T", bound="CompleteJob")


@_attrs_define
class CompleteJob:
    """Complete the job.

    Attributes:
        status (CompleteJobStatus):
        variables (CompleteJobVariables | Unset): Variables merged into the process instance. Every name and text must
            be storable (no NUL character, no lone UTF-16 surrogate), integers fit in 64 bits, nesting at most 100 levels;
            the merged variables of the instance are at most JOBGATE_MAX_VARIABLES_BYTES as compact JSON (default 1 MiB).
            Otherwise 400.
    """

    status: CompleteJobStatus
    variables: CompleteJobVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complete_job_variables import CompleteJobVariables  # noqa: PLC0415

        d = dict(src_dict)
        status = check_complete_job_status(d.pop("status"))

        _variables = d.pop("variables", UNSET)
        variables: CompleteJobVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = CompleteJobVariables.from_dict(_variables)

        complete_job = cls(
            status=status,
            variables=variables,
        )

        complete_job.additional_properties = d
        return complete_job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
