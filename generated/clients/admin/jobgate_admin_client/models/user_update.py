# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.role import Role, check_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """A user's password (write-only), roles and tenants.

    Attributes:
        roles (list[Role]): The user's roles.
        password (str | Unset): The new password; required when the user is created, kept when absent. Example: correct
            horse battery staple.
        tenants (list[str] | Unset): The tenants whose jobs the user sees besides jobs without a tenant. Example:
            ['tenant-a'].
        all_tenants (bool | Unset): The user sees every tenant's jobs (then `tenants` must be empty or absent). Default:
            False. Example: False.
    """

    roles: list[Role]
    password: str | Unset = UNSET
    tenants: list[str] | Unset = UNSET
    all_tenants: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        roles = []
        for roles_item_data in self.roles:
            roles_item: str = roles_item_data
            roles.append(roles_item)

        password = self.password

        tenants: list[str] | Unset = UNSET
        if not isinstance(self.tenants, Unset):
            tenants = self.tenants

        all_tenants = self.all_tenants

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "roles": roles,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if tenants is not UNSET:
            field_dict["tenants"] = tenants
        if all_tenants is not UNSET:
            field_dict["allTenants"] = all_tenants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = check_role(roles_item_data)

            roles.append(roles_item)

        password = d.pop("password", UNSET)

        tenants = cast(list[str], d.pop("tenants", UNSET))

        all_tenants = d.pop("allTenants", UNSET)

        user_update = cls(
            roles=roles,
            password=password,
            tenants=tenants,
            all_tenants=all_tenants,
        )

        return user_update
