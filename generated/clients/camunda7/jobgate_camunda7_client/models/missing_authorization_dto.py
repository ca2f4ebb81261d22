# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MissingAuthorizationDto")


@_attrs_define
class MissingAuthorizationDto:
    """A permission on a resource that the user lacks.

    Attributes:
        permission_name (str): The permission, e.g. `READ`. Example: READ.
        resource_name (str): The resource type, e.g. `ProcessDefinition`. Example: ProcessDefinition.
        resource_id (None | str): The resource id; null for every resource of the type.
    """

    permission_name: str
    resource_name: str
    resource_id: None | str

    def to_dict(self) -> dict[str, Any]:
        permission_name = self.permission_name

        resource_name = self.resource_name

        resource_id: None | str
        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "permissionName": permission_name,
                "resourceName": resource_name,
                "resourceId": resource_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        permission_name = d.pop("permissionName")

        resource_name = d.pop("resourceName")

        def _parse_resource_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_id = _parse_resource_id(d.pop("resourceId"))

        missing_authorization_dto = cls(
            permission_name=permission_name,
            resource_name=resource_name,
            resource_id=resource_id,
        )

        return missing_authorization_dto
