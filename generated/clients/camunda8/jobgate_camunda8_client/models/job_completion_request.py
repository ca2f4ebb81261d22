# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_completion_request_result_type_0 import JobCompletionRequestResultType0
    from ..models.variables_type_0 import VariablesType0


T = TypeVar("T", bound="JobCompletionRequest")


@_attrs_define
class JobCompletionRequest:
    """The outcome of a completed job.

    Attributes:
        variables (None | Unset | VariablesType0): Process variables. Every name and text must be storable (no NUL
            character, no lone UTF-16 surrogate), integers fit in 64 bits, nesting at most 100 levels; the merged variables
            of the instance are at most JOBGATE_MAX_VARIABLES_BYTES as compact JSON (default 1 MiB). Otherwise 400.
        result (JobCompletionRequestResultType0 | None | Unset): User-task and ad-hoc sub-process results; accepted and
            ignored.
    """

    variables: None | Unset | VariablesType0 = UNSET
    result: JobCompletionRequestResultType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_completion_request_result_type_0 import JobCompletionRequestResultType0  # noqa: PLC0415
        from ..models.variables_type_0 import VariablesType0  # noqa: PLC0415

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, VariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, JobCompletionRequestResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variables is not UNSET:
            field_dict["variables"] = variables
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_completion_request_result_type_0 import JobCompletionRequestResultType0  # noqa: PLC0415
        from ..models.variables_type_0 import VariablesType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_variables(data: object) -> None | Unset | VariablesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_variables_type_0 = VariablesType0.from_dict(data)

                return componentsschemas_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VariablesType0, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        def _parse_result(data: object) -> JobCompletionRequestResultType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = JobCompletionRequestResultType0.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobCompletionRequestResultType0 | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        job_completion_request = cls(
            variables=variables,
            result=result,
        )

        job_completion_request.additional_properties = d
        return job_completion_request

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
