"""The dialects jobgate speaks, and which one a request path belongs to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    name: str
    prefix: str


CAMUNDA7 = Dialect("camunda7", "/engine-rest")
ZEEBE = Dialect("zeebe", "/zeebe")
OPA = Dialect("opa", "/process/api/v1")
CAMUNDA8 = Dialect("camunda8", "/v2")
ADMIN = Dialect("admin", "/admin")
DIALECTS = (CAMUNDA7, ZEEBE, OPA, CAMUNDA8, ADMIN)


def dialect_of(path: str) -> Dialect:
    for d in DIALECTS:
        if path == d.prefix or path.startswith(d.prefix + "/"):
            return d
    return ADMIN
