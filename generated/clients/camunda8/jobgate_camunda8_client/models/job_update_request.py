# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_changeset_type_0 import JobChangesetType0
    from ..models.job_changeset_type_1 import JobChangesetType1
    from ..models.job_changeset_type_2 import JobChangesetType2


T = TypeVar("T", bound="JobUpdateRequest")


@_attrs_define
class JobUpdateRequest:
    """Changes to a job.

    Attributes:
        changeset (JobChangesetType0 | JobChangesetType1 | JobChangesetType2): The changes; at least one must be non-
            null.
        operation_reference (int | Unset): A reference the caller chooses for this operation; accepted and ignored.
    """

    changeset: JobChangesetType0 | JobChangesetType1 | JobChangesetType2
    operation_reference: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_changeset_type_0 import JobChangesetType0  # noqa: PLC0415
        from ..models.job_changeset_type_1 import JobChangesetType1  # noqa: PLC0415

        changeset: dict[str, Any]
        if isinstance(self.changeset, JobChangesetType0):
            changeset = self.changeset.to_dict()
        elif isinstance(self.changeset, JobChangesetType1):
            changeset = self.changeset.to_dict()
        else:
            changeset = self.changeset.to_dict()

        operation_reference = self.operation_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changeset": changeset,
            }
        )
        if operation_reference is not UNSET:
            field_dict["operationReference"] = operation_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_changeset_type_0 import JobChangesetType0  # noqa: PLC0415
        from ..models.job_changeset_type_1 import JobChangesetType1  # noqa: PLC0415
        from ..models.job_changeset_type_2 import JobChangesetType2  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_changeset(data: object) -> JobChangesetType0 | JobChangesetType1 | JobChangesetType2:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_changeset_type_0 = JobChangesetType0.from_dict(data)

                return componentsschemas_job_changeset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_changeset_type_1 = JobChangesetType1.from_dict(data)

                return componentsschemas_job_changeset_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_job_changeset_type_2 = JobChangesetType2.from_dict(data)

            return componentsschemas_job_changeset_type_2

        changeset = _parse_changeset(d.pop("changeset"))

        operation_reference = d.pop("operationReference", UNSET)

        job_update_request = cls(
            changeset=changeset,
            operation_reference=operation_reference,
        )

        job_update_request.additional_properties = d
        return job_update_request

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
