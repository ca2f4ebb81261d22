"""Users in the store (table jobgate_user): names, argon2id hashes, roles, tenant memberships. No HTTP here."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.principal import ROLES, Principal, Role
from jobgate.store.tables import USER

# No ':' (HTTP Basic splits at the first one), no spaces or control characters (names appear in logs).
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}")
MAX_TENANT_CHARS = 255


class UserError(ValueError):
    """An invalid user name, role or tenant, or a user that does not exist where one must."""


@dataclass(frozen=True, slots=True)
class UserRecord:
    name: str
    password_hash: str
    roles: frozenset[Role]
    tenants: frozenset[str] | None  # None: every tenant

    def principal(self) -> Principal:
        return Principal(self.name, self.roles, self.tenants)


def check_name(name: str) -> str:
    if not NAME_RE.fullmatch(name):
        raise UserError(f"Invalid user name {name[:140]!r}: 1 to 128 of A-Z a-z 0-9 . _ @ + -, starting with a "
                        "letter or digit.")
    return name


def check_roles(roles: Iterable[str]) -> frozenset[Role]:
    found: set[Role] = set()
    for role in roles:
        if role not in ROLES:
            raise UserError(f"Unknown role {role!r}; roles are {', '.join(ROLES)}.")
        found.add(role)
    if not found:
        raise UserError("A user needs at least one role.")
    return frozenset(found)


def check_tenants(tenants: Iterable[str]) -> frozenset[str]:
    result = frozenset(tenants)
    for tenant in result:
        if not tenant or len(tenant) > MAX_TENANT_CHARS or "\x00" in tenant:
            raise UserError(f"Invalid tenant id {tenant[:40]!r}: 1 to {MAX_TENANT_CHARS} characters, no NUL.")
    return result


def _record(row: Any) -> UserRecord:
    name, password_hash, roles, all_tenants, tenants = row
    role_set: frozenset[Role] = frozenset(r for r in roles.split(",") if r in ROLES)
    return UserRecord(name, password_hash, role_set, None if all_tenants else frozenset(tenants or ()))


_COLUMNS = (USER.c.name, USER.c.password_hash, USER.c.roles, USER.c.all_tenants, USER.c.tenants)


def get_user(conn: Connection, *, name: str) -> UserRecord | None:
    row = conn.execute(sa.select(*_COLUMNS).where(USER.c.name == name)).first()
    return None if row is None else _record(row)


def list_users(conn: Connection) -> list[UserRecord]:
    return [_record(row) for row in conn.execute(sa.select(*_COLUMNS).order_by(USER.c.name))]


def put_user(conn: Connection, *, name: str, password_hash: str | None, roles: frozenset[Role],
             tenants: frozenset[str] | None, now: int, create_only: bool = False) -> bool:
    """Create or replace a user (keeping its password when `password_hash` is None); True when created."""
    check_name(name)
    values = {"roles": ",".join(sorted(check_roles(roles))), "all_tenants": tenants is None,
              "tenants": sorted(check_tenants(tenants or ())), "updated_at": now}
    exists = conn.execute(sa.select(USER.c.name).where(USER.c.name == name)).first() is not None
    if exists and create_only:
        raise UserError(f"User {name!r} already exists.")
    if password_hash is not None:
        values["password_hash"] = password_hash
    if exists:
        conn.execute(USER.update().where(USER.c.name == name).values(**values))
        return False
    if password_hash is None:
        raise UserError(f"User {name!r} does not exist yet: a new user needs a password.")
    conn.execute(USER.insert().values(name=name, created_at=now, **values))
    return True


def set_password(conn: Connection, *, name: str, password_hash: str, now: int) -> bool:
    """Replace a user's password hash; False when there is no such user."""
    done = conn.execute(USER.update().where(USER.c.name == name).values(password_hash=password_hash, updated_at=now))
    return bool(done.rowcount)


def remove_user(conn: Connection, *, name: str) -> bool:
    """Delete a user; False when there is no such user."""
    return bool(conn.execute(USER.delete().where(USER.c.name == name)).rowcount)
