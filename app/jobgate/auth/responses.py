"""401, 403 and 429 in each dialect's own shape (docs/design.md and
docs/security.md): Camunda 7's filter sends a bare 401 and its AuthorizationException as the 403."""

from __future__ import annotations

import orjson
from starlette.responses import Response

from jobgate.api.dialects import ADMIN, CAMUNDA7, CAMUNDA8, OPA, ZEEBE, Dialect
from jobgate.api.errors import render
from jobgate.principal import Principal, Role

CAMUNDA7_CHALLENGE = 'Basic realm="default"'
BASIC_CHALLENGE = 'Basic realm="jobgate", charset="UTF-8"'
BEARER_CHALLENGE = 'Bearer realm="jobgate"'
INVALID_TOKEN_CHALLENGE = 'Bearer realm="jobgate", error="invalid_token"'

_MESSAGES_401 = {
    ZEEBE.name: "Unauthorized",
    OPA.name: "The request is not authorized. The authentication credentials included with this request are "
              "missing or invalid.",
    CAMUNDA8.name: "An Authentication object was not found in the SecurityContext",
}
_ADMIN_401 = "Authentication is required: send the credentials of a jobgate user (HTTP Basic) or a bearer token."

# Camunda 7: the permissions (any one would do) the engine asks for, per operation; default: read a process instance.
_CAMUNDA7_READ = (("READ", "ProcessInstance"), ("READ_INSTANCE", "ProcessDefinition"))
_CAMUNDA7_PERMISSIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "query_job_definitions": (("READ", "ProcessDefinition"),),
    "query_job_definitions_count": (("READ", "ProcessDefinition"),),
}
_CAMUNDA7_UPDATE = (("UPDATE", "ProcessInstance"), ("UPDATE_INSTANCE", "ProcessDefinition"))


def unauthorized(dialect: Dialect, *, bearer: bool, invalid_token: bool = False, path: str | None = None
                 ) -> Response:
    """401: no credentials, wrong ones, or a bad token. Camunda 7 answers as its filter does: no body."""
    if dialect is CAMUNDA7:
        return Response(status_code=401, headers={"WWW-Authenticate": CAMUNDA7_CHALLENGE})
    message = _MESSAGES_401.get(dialect.name, _ADMIN_401)
    response = render(dialect, 401, message, instance=path)
    challenges = [BASIC_CHALLENGE]
    if bearer:
        token = INVALID_TOKEN_CHALLENGE if invalid_token else BEARER_CHALLENGE
        challenges = [token, BASIC_CHALLENGE] if dialect is OPA else [BASIC_CHALLENGE, token]
    for challenge in challenges:
        response.headers.append("WWW-Authenticate", challenge)
    return response


def _camunda7_forbidden(principal: Principal, operation_id: str | None, role: Role) -> Response:
    permissions = _CAMUNDA7_PERMISSIONS.get(operation_id or "", _CAMUNDA7_READ if role == "reader" else
                                            _CAMUNDA7_UPDATE)
    wanted = " or ".join(f"'{perm}' permission on resource '{resource}'" for perm, resource in permissions)
    single = permissions[0] if len(permissions) == 1 else None
    body = {
        "type": "AuthorizationException",
        "message": f"The user with id '{principal.name}' does not have one of the following permissions: {wanted}",
        "code": 0,
        "userId": principal.name,
        "resourceName": single[1] if single else None,
        "resourceId": None,
        "permissionName": single[0] if single else None,
        "missingAuthorizations": [{"permissionName": perm, "resourceName": resource, "resourceId": None}
                                  for perm, resource in permissions],
    }
    return Response(orjson.dumps(body), status_code=403, media_type="application/json")


def forbidden(dialect: Dialect, principal: Principal, operation_id: str | None, role: Role, path: str | None = None
              ) -> Response:
    """403: authenticated, but without the role the operation needs."""
    if dialect is CAMUNDA7:
        return _camunda7_forbidden(principal, operation_id, role)
    if dialect is ZEEBE:
        return render(dialect, 403, "Insufficient permissions to perform operation 'UPDATE_PROCESS_INSTANCE' on "
                                    "resource 'PROCESS_DEFINITION'")
    if dialect is OPA:
        return render(dialect, 403, "The user does not have authorization to perform this request.")
    if dialect is CAMUNDA8:
        return render(dialect, 403, "Insufficient permissions to perform operation 'UPDATE_PROCESS_INSTANCE' on "
                                    "resource 'PROCESS_DEFINITION'", instance=path)
    assert dialect is ADMIN
    return render(dialect, 403, f"The user '{principal.name}' lacks the role '{role}' this operation needs.")


def too_many(dialect: Dialect, retry_after: int, path: str | None = None) -> Response:
    """429 with Retry-After: too many failed authentications from the client's address."""
    message = (f"Too many failed authentication attempts from this address; try again in {retry_after} s."
               if dialect is not OPA else "Too many requests")
    return render(dialect, 429, message, headers={"Retry-After": str(retry_after)}, instance=path)
