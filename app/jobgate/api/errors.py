"""One error renderer per dialect (the shapes are described in docs/design.md).

Connexion's error handlers are per app, not per API: `render_error` picks the dialect from the request path,
so each dialect answers in its own shape, including Connexion's own validation errors.
"""

from __future__ import annotations

import logging
from typing import Any

import orjson
from connexion.exceptions import ProblemException
from starlette.exceptions import HTTPException
from starlette.responses import Response

from jobgate.api.dialects import CAMUNDA7, CAMUNDA8, OPA, ZEEBE, Dialect, dialect_of
from jobgate.api.messages import STATUS_TITLES, camunda_type, message_for
from jobgate.store.errors import JobgateError

log = logging.getLogger("jobgate.errors")


def _json(body: Any, status: int, media_type: str = "application/json", headers: dict[str, str] | None = None
          ) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type=media_type, headers=headers)


# Camunda 8 titles its problems with the rejection or error kind (RestErrorMapper), else the reason phrase.
CAMUNDA8_TITLES = {400: "INVALID_ARGUMENT", 403: "FORBIDDEN", 404: "NOT_FOUND", 409: "INVALID_STATE",
                   500: "INTERNAL", 503: "RESOURCE_EXHAUSTED"}


def render(dialect: Dialect, status: int, message: str, headers: dict[str, str] | None = None,
           camunda_kind: str | None = None, *, instance: str | None = None, title: str | None = None) -> Response:
    """The error response of a dialect. `camunda_kind`: the Camunda 7 exception class, if not the status's;
    `instance` (the request path) and `title` (a rejection's kind): what Camunda 8 problems carry."""
    if dialect is CAMUNDA7:
        kind = "InvalidRequestException" if status < 500 else "ProcessEngineException"
        if status in (405, 406, 409, 415):  # 409: a job held by a worker (the engine's RestException)
            kind = "RestException"
        kind = camunda_kind or kind
        return _json({"type": kind, "message": message}, status, headers=headers)
    if dialect is ZEEBE:
        return _json({"data": None, "error": message}, status, headers=headers)
    reason = STATUS_TITLES.get(status, "Error")
    if dialect is OPA:
        body = {
            "type": f"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
            "title": reason,
            "status": status,
            "detail": message,
            "o:errorCode": f"OPA-{status}",
        }
        return _json(body, status, headers=headers)
    body = {"type": "about:blank", "title": reason, "status": status, "detail": message}
    if dialect is CAMUNDA8:  # its SDKs require all five fields
        body["title"] = title or CAMUNDA8_TITLES.get(status, reason)
        body["instance"] = instance or dialect.prefix
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
    title = getattr(exc, "title", None) if isinstance(exc, JobgateError) else None  # a Camunda 8 rejection's kind
    return render(dialect, status, message, headers, camunda_type(exc), instance=path, title=title)
