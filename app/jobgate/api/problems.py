"""Errors that only the HTTP layer raises: a request parameter that failed validation, a body that is too large."""

from __future__ import annotations

from typing import Any

from connexion.exceptions import BadRequestProblem

from jobgate.store.errors import JobgateError


class PayloadTooLarge(JobgateError):
    status = 413


class ParameterProblem(BadRequestProblem):  # type: ignore[misc]
    """A request parameter that failed validation, kept structured so each dialect can word it."""

    def __init__(self, *, location: str, name: str, value: str | None, kind: str, detail: str,
                 schema: dict[str, Any] | None = None) -> None:
        super().__init__(detail=detail)
        self.location = location
        self.name = name
        self.value = value
        self.kind = kind  # missing | type | enum | minimum | maximum | format | other
        self.schema = schema or {}
