# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.missing_authorization_dto import MissingAuthorizationDto


T = TypeVar("T", bound="AuthorizationExceptionDto")


@_attrs_define
class AuthorizationExceptionDto:
    """The engine's `AuthorizationException`: the user lacks a permission. `resourceName`, `resourceId` and
    `permissionName` (deprecated) are filled only when exactly one authorization is missing.

        Attributes:
            type_ (str): Always `AuthorizationException`. Example: AuthorizationException.
            message (str): A message that names the user and the missing permissions. Example: The user with id 'jonny' does
                not have one of the following permissions: 'READ' permission on resource 'ProcessDefinition'.
            code (int): The engine's error code, 0. Example: 0.
            user_id (str): The id of the user. Example: jonny.
            resource_name (None | str): The resource type of the only missing authorization, else null. Example:
                ProcessDefinition.
            resource_id (None | str): The resource id of the only missing authorization, else null.
            permission_name (None | str): The permission of the only missing authorization, else null. Example: READ.
            missing_authorizations (list[MissingAuthorizationDto]): The missing authorizations; having any one of them would
                be enough.
    """

    type_: str
    message: str
    code: int
    user_id: str
    resource_name: None | str
    resource_id: None | str
    permission_name: None | str
    missing_authorizations: list[MissingAuthorizationDto]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message = self.message

        code = self.code

        user_id = self.user_id

        resource_name: None | str
        resource_name = self.resource_name

        resource_id: None | str
        resource_id = self.resource_id

        permission_name: None | str
        permission_name = self.permission_name

        missing_authorizations = []
        for missing_authorizations_item_data in self.missing_authorizations:
            missing_authorizations_item = missing_authorizations_item_data.to_dict()
            missing_authorizations.append(missing_authorizations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "message": message,
                "code": code,
                "userId": user_id,
                "resourceName": resource_name,
                "resourceId": resource_id,
                "permissionName": permission_name,
                "missingAuthorizations": missing_authorizations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.missing_authorization_dto import MissingAuthorizationDto  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        message = d.pop("message")

        code = d.pop("code")

        user_id = d.pop("userId")

        def _parse_resource_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_name = _parse_resource_name(d.pop("resourceName"))

        def _parse_resource_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_id = _parse_resource_id(d.pop("resourceId"))

        def _parse_permission_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        permission_name = _parse_permission_name(d.pop("permissionName"))

        missing_authorizations = []
        _missing_authorizations = d.pop("missingAuthorizations")
        for missing_authorizations_item_data in _missing_authorizations:
            missing_authorizations_item = MissingAuthorizationDto.from_dict(missing_authorizations_item_data)

            missing_authorizations.append(missing_authorizations_item)

        authorization_exception_dto = cls(
            type_=type_,
            message=message,
            code=code,
            user_id=user_id,
            resource_name=resource_name,
            resource_id=resource_id,
            permission_name=permission_name,
            missing_authorizations=missing_authorizations,
        )

        return authorization_exception_dto
