"""Who is calling: the authenticated principal of a request, and what it may see.

The authentication middleware puts a Principal into the ASGI scope under SCOPE_KEY; with authentication off there
is none, and every request may see every tenant. Handlers pass `visible_tenants(scope)` to the store, whose queries
and commands then keep to those tenants (jobs without a tenant are visible to everyone, as in Camunda 7).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Role = Literal["reader", "worker", "operator", "admin"]
ROLES: tuple[Role, ...] = ("reader", "worker", "operator", "admin")
SCOPE_KEY = "jobgate.principal"

# What each role also grants: an operator can do what a reader can; an admin can do everything.
IMPLIES: dict[Role, frozenset[Role]] = {
    "reader": frozenset({"reader"}),
    "worker": frozenset({"worker"}),
    "operator": frozenset({"operator", "reader"}),
    "admin": frozenset(ROLES),
}


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated user or token: its name, roles and tenants (None: every tenant)."""

    name: str
    roles: frozenset[Role]
    tenants: frozenset[str] | None
    granted: frozenset[Role] = field(init=False, repr=False, compare=False)  # the roles and what they imply

    def __post_init__(self) -> None:
        object.__setattr__(self, "granted", frozenset().union(*(IMPLIES[r] for r in self.roles)))

    def has(self, role: Role) -> bool:
        return role in self.granted

    def sees_tenant(self, tenant_id: str | None) -> bool:
        return tenant_id is None or self.tenants is None or tenant_id in self.tenants


def principal_of(scope: Mapping[str, Any]) -> Principal | None:
    """The request's principal; None when authentication is off."""
    principal = scope.get(SCOPE_KEY)
    return principal if isinstance(principal, Principal) else None


def visible_tenants(scope: Mapping[str, Any]) -> frozenset[str] | None:
    """The tenants whose jobs the request may see besides tenant-less ones; None: no restriction."""
    principal = principal_of(scope)
    return None if principal is None else principal.tenants
