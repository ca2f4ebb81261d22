# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from typing import Literal

Role = Literal["admin", "operator", "reader", "worker"]

ROLE_VALUES: set[Role] = {
    "admin",
    "operator",
    "reader",
    "worker",
}


def check_role(value: str) -> Role:
    if value in ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROLE_VALUES!r}")
