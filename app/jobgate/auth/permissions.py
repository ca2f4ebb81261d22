"""The operation -> role table: each operation of each spec names its role in `x-jobgate-role` (one place).

docs/security.md shows the table; tests/auth/test_roles.py walks it over every operation with every role.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, NamedTuple

from jobgate.api.speedups import load_document
from jobgate.principal import ROLES, Role

SPEC_DIR = Path(__file__).resolve().parent.parent / "openapi"
ROLE_EXTENSION = "x-jobgate-role"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class Operation(NamedTuple):
    base: str  # the dialect's base path, e.g. /engine-rest
    method: str
    path: str  # the path template below the base path
    operation_id: str
    role: Role


class SpecRoleError(RuntimeError):
    """An operation without a valid x-jobgate-role: the server must not guess who may call it."""


@functools.cache
def operations(spec_dir: Path = SPEC_DIR) -> tuple[Operation, ...]:
    """Every operation of every spec with its role, in spec order."""
    found: list[Operation] = []
    for spec in sorted(spec_dir.glob("*.yaml")):
        document: dict[str, Any] = load_document(spec)  # the same parse Connexion's loads of it share
        base = str(document["servers"][0]["url"]).rstrip("/")
        for path, item in document.get("paths", {}).items():
            for method, op in item.items():
                if method not in _METHODS:
                    continue
                role = op.get(ROLE_EXTENSION)
                if role not in ROLES:
                    raise SpecRoleError(f"{spec.name}: {method.upper()} {path} has {ROLE_EXTENSION}: {role!r}; "
                                        f"it must be one of {', '.join(ROLES)}")
                found.append(Operation(base, method.upper(), path, str(op["operationId"]), role))
    return tuple(found)


@functools.cache
def role_table() -> dict[tuple[str, str], Role]:
    """(base path, operationId) -> the role an operation needs."""
    return {(op.base, op.operation_id): op.role for op in operations()}
