# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobDuedateDto")


@_attrs_define
class JobDuedateDto:
    """The new due date of a job.

    Attributes:
        duedate (None | str | Unset): The due date (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`, also without milliseconds, with `Z` or
            `+hh:mm`; years 1970 to 9899); `null` or absent makes the job due at once. A day past the end of its month rolls
            over into the next month, as the engine's lenient date parsing does (`2027-02-30` is 2 March). Example:
            2026-12-01T08:00:00.000+0000.
        cascade (bool | Unset): Shift the following timers of a repeating timer too (jobgate has none; no effect).
            Default: False. Example: False.
    """

    duedate: None | str | Unset = UNSET
    cascade: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duedate: None | str | Unset
        if isinstance(self.duedate, Unset):
            duedate = UNSET
        else:
            duedate = self.duedate

        cascade = self.cascade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if cascade is not UNSET:
            field_dict["cascade"] = cascade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_duedate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duedate = _parse_duedate(d.pop("duedate", UNSET))

        cascade = d.pop("cascade", UNSET)

        job_duedate_dto = cls(
            duedate=duedate,
            cascade=cascade,
        )

        job_duedate_dto.additional_properties = d
        return job_duedate_dto

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
