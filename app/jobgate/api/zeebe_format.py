"""Zeebe wire formats: activated jobs, and PATCH bodies worded as the Zeebe REST proxy words its errors."""

from __future__ import annotations

import json
from typing import Any

import orjson
from connexion.exceptions import BadRequestProblem

from jobgate.api import storable
from jobgate.api.fastschema import accepting
from jobgate.api.validation import CachedJSONBodyValidator, per_schema, request_validator
from jobgate.store.activation import ActivatedJob

STATUSES = ("completed", "failed", "error_thrown")
STORED = ("variables", "errorMessage", "errorCode")
INT64 = storable.INT64
MAX_DEPTH = storable.MAX_DEPTH
# An activation response is RESPONSE_HEAD + the encoded jobs, comma-separated + RESPONSE_TAIL.
RESPONSE_HEAD, RESPONSE_TAIL = b'{"data":{"jobs":[', b']},"error":null}'


def activated_job(j: ActivatedJob) -> dict[str, Any]:
    return {
        "key": j.key,
        "status": "activated",
        "type": j.type,
        "processInstanceKey": j.process_instance_key,
        "bpmnProcessId": j.bpmn_process_id,
        "processDefinitionVersion": j.version,
        "processDefinitionKey": j.process_definition_key,
        "elementId": j.element_id,
        "elementInstanceKey": j.element_instance_key,
        "customHeaders": j.custom_headers,
        "worker": j.worker,
        "retries": j.retries,
        "deadline": j.deadline,
        "variables": j.variables,
    }


def encode_job(j: ActivatedJob) -> bytes:
    """A job as the activation response carries it. Variables written before jobgate checked its input may hold
    what orjson cannot encode (integers beyond 64 bits, deep nesting): those parts are sent JSON-safe. Raises
    ValueError when even that fails (a lone surrogate): the job then becomes an incident, never a 500."""
    item = activated_job(j)
    try:
        return orjson.dumps(item)
    except orjson.JSONEncodeError:
        try:
            return orjson.dumps(jsonable(item))
        except orjson.JSONEncodeError as exc:
            raise ValueError(f"its variables or custom headers cannot be encoded as JSON ({exc})") from None


def activation_body(encoded: list[bytes]) -> bytes:
    return RESPONSE_HEAD + b",".join(encoded) + RESPONSE_TAIL


def jsonable(value: Any, depth: int = 0) -> Any:
    """A copy that orjson can encode: over-long integers become strings, over-deep parts JSON text."""
    if isinstance(value, dict):
        if depth >= MAX_DEPTH:
            return json.dumps(value, default=str)
        return {str(k): jsonable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        if depth >= MAX_DEPTH:
            return json.dumps(value, default=str)
        return [jsonable(v, depth + 1) for v in value]
    if isinstance(value, int) and not isinstance(value, bool) and not INT64[0] <= value <= INT64[1]:
        return str(value)
    return value


class ZeebeBodyValidator(CachedJSONBodyValidator):
    """Checks the discriminator and the per-status required fields first, with the proxy's messages."""

    _branch_checked = False

    def _validate(self, body: Any) -> dict[str, Any] | None:
        branch: dict[str, Any] | None = None
        if isinstance(body, dict) and "status" in self._schema.get("discriminator", {}).get("propertyName", ""):
            status = body.get("status")
            if status not in STATUSES:
                raise BadRequestProblem(detail=f"Expected body property `status` to be one of "
                                               f"`[{','.join(STATUSES)}]`, but it's `{status}`.")
            required = _REQUIRED.get(str(status))
            if required is not None and body.get(required) is None:
                raise BadRequestProblem(detail=f"Expected body property `{required}` to be provided, "
                                               "but it's null or undefined.")
            branch = _branches(self._schema).get(status)
        if branch is not None:
            # Validate against the status's own schema: its errors name the property ("not under any of ...").
            _check(branch, body)
            self._branch_checked = True
        result = super()._validate(body)
        if isinstance(body, dict):  # the parts that are stored (unknown properties are ignored, as the proxy does)
            for name in STORED:
                value = body.get(name)
                found = None if value is None else storable.problem(value, f"body.{name}")
                if found is not None:
                    raise BadRequestProblem(detail=f"Invalid {found[0]}: {found[1]}.")
        return result

    def _check_schema(self, body: Any) -> None:
        # A body that passed the branch its status selects passes the whole oneOf when the branches' statuses are
        # disjoint (no other branch can match): checking it again would cost as much as the branch check.
        if not (self._branch_checked and _discriminated_by_status(self._schema)):
            super()._check_schema(body)


_REQUIRED = {"failed": "retries", "error_thrown": "errorCode"}  # what each status needs besides itself
_DISCRIMINATED: dict[int, tuple[dict[str, Any], bool]] = {}  # per_schema caches
_BRANCHES: dict[int, tuple[dict[str, Any], dict[Any, dict[str, Any]]]] = {}


def _branches(schema: dict[str, Any]) -> dict[Any, dict[str, Any]]:
    """The oneOf branch of each `status` value: the first branch whose status enum lists it (as a search of the
    branches in order finds it), worked out once per schema."""
    return per_schema(_BRANCHES, schema, _by_status)


def _by_status(schema: dict[str, Any]) -> dict[Any, dict[str, Any]]:
    by_status: dict[Any, dict[str, Any]] = {}
    for branch in schema.get("oneOf", []):
        for value in branch.get("properties", {}).get("status", {}).get("enum", []):
            if isinstance(value, str):  # the statuses looked up (STATUSES) are strings
                by_status.setdefault(value, branch)
    return by_status


def _discriminated_by_status(schema: dict[str, Any]) -> bool:
    """The schema is only a oneOf whose branches each allow their own `status` values, none shared."""
    return per_schema(_DISCRIMINATED, schema, _only_disjoint_branches)


def _only_disjoint_branches(schema: dict[str, Any]) -> bool:
    branches = schema.get("oneOf", [])
    enums = [b.get("properties", {}).get("status", {}).get("enum") for b in branches]
    seen = [v for e in enums if isinstance(e, list) for v in e]
    # `components`: what Connexion attaches to a resolved body schema for its remaining $refs (no constraint).
    only = set(schema) <= {"oneOf", "discriminator", "description", "title", "components"}
    return only and bool(branches) and all(isinstance(e, list) for e in enums) and len(seen) == len(set(seen))


def _check(schema: dict[str, Any], body: Any) -> None:
    accept = accepting(schema)
    if accept is not None and accept(body):
        return  # valid (jobgate.api.fastschema)
    validator = per_schema(CachedJSONBodyValidator._validators, schema, request_validator)
    error = next(iter(validator.iter_errors(body)), None)
    if error is not None:
        where = "".join(f"[{p!r}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        raise BadRequestProblem(detail=storable.printable(f"Invalid body{where}: {error.message}"))
