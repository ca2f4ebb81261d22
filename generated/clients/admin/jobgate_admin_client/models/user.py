# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.role import Role, check_role

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user (its password is never shown).

    Attributes:
        name (str): The user name. Example: ops-bot.
        roles (list[Role]): The user's roles.
        tenants (list[str]): The tenants whose jobs the user sees (besides jobs without a tenant); empty with
            allTenants. Example: ['tenant-a'].
        all_tenants (bool): Whether the user sees the jobs of every tenant. Example: False.
    """

    name: str
    roles: list[Role]
    tenants: list[str]
    all_tenants: bool

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        roles = []
        for roles_item_data in self.roles:
            roles_item: str = roles_item_data
            roles.append(roles_item)

        tenants = self.tenants

        all_tenants = self.all_tenants

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "roles": roles,
                "tenants": tenants,
                "allTenants": all_tenants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = check_role(roles_item_data)

            roles.append(roles_item)

        tenants = cast(list[str], d.pop("tenants"))

        all_tenants = d.pop("allTenants")

        user = cls(
            name=name,
            roles=roles,
            tenants=tenants,
            all_tenants=all_tenants,
        )

        return user
