"""Domain exceptions and one error renderer per dialect (DESIGN.md section 5).

Connexion's error handlers are per app, not per API: `render_error` picks the dialect from the request path,
so each dialect answers in its own shape, including Connexion's own validation errors.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import orjson
from connexion.exceptions import BadRequestProblem, ProblemException
from starlette.exceptions import HTTPException
from starlette.responses import Response

log = logging.getLogger("jobgate.errors")

STATUS_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    408: "Request Timeout",
    409: "Conflict",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    501: "Not Implemented",
    503: "Service Unavailable",
}


class JobgateError(Exception):
    """A domain error with an HTTP status; rendered in the shape of the dialect that was called."""

    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidRequest(JobgateError):
    status = 400


class NotFound(JobgateError):
    status = 404


class Conflict(JobgateError):
    status = 409


class PayloadTooLarge(JobgateError):
    status = 413


class StoreUnavailable(JobgateError):
    status = 503


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


@dataclass(frozen=True)
class Dialect:
    name: str
    prefix: str


CAMUNDA7 = Dialect("camunda7", "/engine-rest")
ZEEBE = Dialect("zeebe", "/zeebe")
OPA = Dialect("opa", "/process/api/v1")
ADMIN = Dialect("admin", "/admin")
DIALECTS = (CAMUNDA7, ZEEBE, OPA, ADMIN)


def dialect_of(path: str) -> Dialect:
    for d in DIALECTS:
        if path == d.prefix or path.startswith(d.prefix + "/"):
            return d
    return ADMIN


def _json(body: Any, status: int, media_type: str = "application/json", headers: dict[str, str] | None = None
          ) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type=media_type, headers=headers)


_JAVA_TYPES = {"boolean": "java.lang.Boolean", "integer": "java.lang.Integer", "number": "java.lang.Double"}


def _camunda_param_message(p: ParameterProblem) -> str:
    if p.kind == "missing":
        return f"Required {p.location} parameter '{p.name}' is missing"
    prefix = f"Cannot set {p.location} parameter '{p.name}' to value '{p.value}'"
    if p.kind == "enum":
        return prefix
    if p.kind == "type":
        java = _JAVA_TYPES.get(str(p.schema.get("type")), "java.lang.String")
        if p.schema.get("type") == "integer" and p.schema.get("format") == "int64":
            java = "java.lang.Long"
        return f"{prefix}: Cannot convert value {p.value} to java type {java}"
    return f"{prefix}: {p.detail}"


def _zeebe_param_message(p: ParameterProblem) -> str:
    if p.kind == "missing":
        return f"Expected {p.location} parameter `{p.name}` to be provided, but it's null or undefined."
    if p.kind == "enum":
        allowed = ",".join(str(v) for v in p.schema.get("enum", []))
        return f"Expected {p.location} parameter `{p.name}` to be one of `[{allowed}]`, but it's `{p.value}`."
    if p.kind == "type":
        return f"Expected {p.location} parameter `{p.name}` to be of type {p.schema.get('type')}, but it's `{p.value}`."
    return f"Invalid {p.location} parameter `{p.name}` (`{p.value}`): {p.detail}"


def _opa_param_message(p: ParameterProblem) -> str:
    if p.kind == "missing":
        return f"The {p.location} parameter '{p.name}' is required."
    if p.kind == "enum":
        allowed = ", ".join(str(v) for v in p.schema.get("enum", []))
        return f"Invalid value '{p.value}' for {p.location} parameter '{p.name}'. Allowed values: {allowed}."
    return f"Invalid value '{p.value}' for {p.location} parameter '{p.name}': {p.detail}"


def message_for(dialect: Dialect, exc: BaseException) -> str:
    """The human message of an error, worded for the dialect."""
    if isinstance(exc, ParameterProblem):
        if dialect is CAMUNDA7:
            return _camunda_param_message(exc)
        if dialect is ZEEBE:
            return _zeebe_param_message(exc)
        if dialect is OPA:
            return _opa_param_message(exc)
        return str(exc.detail)
    if isinstance(exc, JobgateError):
        return exc.message
    if isinstance(exc, ProblemException):
        return str(exc.detail or exc.title or STATUS_TITLES.get(exc.status, "Error"))
    if isinstance(exc, HTTPException):
        return str(exc.detail)
    return "An internal error occurred."


def render(dialect: Dialect, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """The error response of a dialect (DESIGN.md section 5)."""
    if dialect is CAMUNDA7:
        kind = "InvalidRequestException" if status < 500 else "ProcessEngineException"
        if status == 415 or status == 405 or status == 406:
            kind = "RestException"
        return _json({"type": kind, "message": message}, status, headers=headers)
    if dialect is ZEEBE:
        return _json({"data": None, "error": message}, status, headers=headers)
    title = STATUS_TITLES.get(status, "Error")
    if dialect is OPA:
        body = {
            "type": f"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
            "title": title,
            "status": status,
            "detail": message,
            "o:errorCode": f"OPA-{status}",
        }
        return _json(body, status, headers=headers)
    body = {"type": "about:blank", "title": title, "status": status, "detail": message}
    return _json(body, status, media_type="application/problem+json", headers=headers)


def status_of(exc: BaseException) -> int:
    if isinstance(exc, JobgateError):
        return exc.status
    if isinstance(exc, ProblemException):
        return int(exc.status)
    if isinstance(exc, HTTPException):
        return int(exc.status_code)
    if isinstance(exc, UnicodeDecodeError | ValueError):
        return 400
    return 500


def render_error(path: str, exc: BaseException) -> Response:
    """Render any exception raised while serving `path` in that dialect's error shape."""
    dialect = dialect_of(path)
    status = status_of(exc)
    if status >= 500 and status != 503:  # logged once, with the request id, by app/jobgate/admission.py
        message = message_for(dialect, exc) if isinstance(exc, JobgateError) else "An internal error occurred."
    elif isinstance(exc, UnicodeDecodeError):
        # Connexion 3.3 lets invalid UTF-8 bodies escape as UnicodeDecodeError (spec-first/connexion#1860).
        message = "The request body is not valid UTF-8."
    elif isinstance(exc, ValueError) and not isinstance(exc, JobgateError):
        message = "The request is invalid."  # never Python's own text
    else:
        message = message_for(dialect, exc)
    headers = None
    if isinstance(exc, HTTPException) and exc.headers:
        headers = dict(exc.headers)
    return render(dialect, status, message, headers)
