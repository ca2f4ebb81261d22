"""Request validation plugged into Connexion: compiled once per operation, worded per dialect.

Connexion's stock ParameterValidator deep-copies every parameter schema and builds a jsonschema validator for
each declared parameter on every request (~45% of its per-request cost). This one compiles each operation's
parameters once, checks only the parameters that are present, and raises structured `ParameterProblem`s that
jobgate.api.messages words in each dialect's own language. Repeated scalar parameters count by their first value, as the
vendors do (Connexion takes the last).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from connexion.exceptions import BadRequestProblem
from connexion.json_schema import Draft4RequestValidator
from connexion.uri_parsing import OpenAPIURIParser
from connexion.validators import JSONRequestBodyValidator
from jsonschema import Draft4Validator, ValidationError
from starlette.datastructures import Headers, QueryParams
from starlette.types import Scope

from jobgate.api import jsonbody
from jobgate.api.fastschema import accepting
from jobgate.api.problems import ParameterProblem
from jobgate.api.storable import printable

_INT_RE = re.compile(r"^[+-]?[0-9]+$")
_INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


class FirstValueURIParser(OpenAPIURIParser):  # type: ignore[misc]
    """OpenAPI URI parsing where a repeated scalar query parameter counts by its first value.

    Connexion builds a parser per request and recomputes `param_schemas` on every access (once per parameter,
    so quadratic in the number of parameters); here both are computed once per operation.
    """

    _cache: ClassVar[dict[int, tuple[Any, dict[str, Any], dict[str, Any]]]] = {}

    def __init__(self, param_defns: list[dict[str, Any]], body_defn: dict[str, Any]) -> None:
        entry = self._cache.get(id(param_defns))
        if entry is None or entry[0] is not param_defns:  # the entry keeps the list alive: ids are not reused
            super().__init__(param_defns, body_defn)
            defns: dict[str, Any] = self._param_defns  # type: ignore[has-type]
            entry = (param_defns, defns, {k: v.get("schema", {}) for k, v in defns.items()})
            self._cache[id(param_defns)] = entry
        else:
            self._body_schema = body_defn.get("schema", {})
            self._body_encoding = body_defn.get("encoding", {})
        self._param_defns, self._schemas = entry[1], entry[2]

    @property
    def param_schemas(self) -> dict[str, Any]:
        return self._schemas

    def resolve_params(self, params: dict[str, Any], _in: str) -> dict[str, Any]:
        if _in == "query":
            # Unknown query parameters are dropped here (the vendor dialects ignore them; strict APIs rejected
            # them already): passed on to a handler with **kwargs, Connexion logs each one as an error.
            schemas = self.param_schemas
            params = {
                k: v if schemas[k].get("type") == "array" else v[:1]
                for k, v in params.items() if self.param_defns.get(k, {}).get("in") == "query"
            }
        return dict(super().resolve_params(params, _in))


@dataclass
class _Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    validator: Draft4Validator = field(repr=False)
    item_schema: dict[str, Any] | None = None


def coerce(value: str, schema: dict[str, Any]) -> Any:
    """Convert a raw string to the schema's type; raise ValueError when it cannot be."""
    kind = schema.get("type")
    if kind == "integer":
        if not _INT_RE.match(value):
            raise ValueError(value)
        number = int(value)
        low, high = _INT_BOUNDS.get(schema.get("format", "int64"), _INT_BOUNDS["int64"])
        if not low <= number <= high:
            raise ValueError(value)
        return number
    if kind == "number":
        result = float(value)
        if result != result or result in (float("inf"), float("-inf")):
            raise ValueError(value)
        return result
    if kind == "boolean":
        lowered = value.lower()
        if lowered == "true":
            return True
        if lowered == "false":
            return False
        raise ValueError(value)
    return value


class DialectParameterValidator:
    """Drop-in for connexion.validators.ParameterValidator (same constructor and `validate(scope)`)."""

    _cache: ClassVar[dict[int, tuple[Any, list[_Param], frozenset[str]]]] = {}

    def __init__(self, parameters: list[dict[str, Any]], uri_parser: Any, strict_validation: bool = False,
                 security_query_params: list[str] | None = None) -> None:
        self.strict_validation = strict_validation
        cached = self._cache.get(id(parameters))
        if cached is None or cached[0] is not parameters:  # the entry keeps the list alive: ids are not reused
            cached = (parameters, *self._compile(parameters))
            self._cache[id(parameters)] = cached
        self.params, self.query_names = cached[1], cached[2]

    @staticmethod
    def _compile(parameters: list[dict[str, Any]]) -> tuple[list[_Param], frozenset[str]]:
        params = []
        for p in parameters:
            schema = dict(p.get("schema") or {})
            items = schema.get("items") if schema.get("type") == "array" else None
            params.append(_Param(
                name=p["name"], location=p["in"], required=bool(p.get("required")), schema=schema,
                validator=Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER),
                item_schema=items,
            ))
        names = frozenset(p.name for p in params if p.location == "query")
        return params, names

    def validate(self, scope: Scope) -> None:
        query = QueryParams(scope.get("query_string", b""))
        if self.strict_validation:
            extra = sorted(set(query.keys()) - self.query_names)
            if extra:
                raise ParameterProblem(location="query", name=extra[0], value=query.get(extra[0]), kind="unknown",
                                       detail=f"Extra query parameter(s) {','.join(extra)} not in spec")
        headers: Headers | None = None
        path_params: dict[str, Any] = scope.get("path_params") or {}
        for p in self.params:
            if p.location == "query":
                values = query.getlist(p.name)
            elif p.location == "header":
                headers = headers or Headers(scope=scope)
                values = headers.getlist(p.name)
            elif p.location == "path":
                raw = path_params.get(p.name.replace("-", "_"))
                values = [] if raw is None else [str(raw)]
            else:
                continue
            if not values:
                if p.required:
                    raise ParameterProblem(location=p.location, name=p.name, value=None, kind="missing",
                                           detail=f"Missing {p.location} parameter '{p.name}'", schema=p.schema)
                continue
            self._check(p, values)

    def _check(self, p: _Param, values: list[str]) -> None:
        if p.item_schema is not None:
            raw_items = [item for v in values for item in v.split(",")]
            shown = ",".join(values)
            try:
                value: Any = [coerce(item, p.item_schema) for item in raw_items]
            except ValueError:
                raise ParameterProblem(location=p.location, name=p.name, value=shown, kind="type",
                                       detail=f"'{shown}' is not a list of {p.item_schema.get('type')}",
                                       schema=p.item_schema) from None
        else:
            shown = values[0]
            try:
                value = coerce(shown, p.schema)
            except ValueError:
                raise ParameterProblem(location=p.location, name=p.name, value=shown, kind="type",
                                       detail=f"'{shown}' is not of type '{p.schema.get('type')}'",
                                       schema=p.schema) from None
        error = next(iter(p.validator.iter_errors(value)), None)
        if error is not None:
            kind = error.validator if error.validator in ("enum", "minimum", "maximum", "pattern") else "other"
            raise ParameterProblem(location=p.location, name=p.name, value=shown, kind=str(kind),
                                   detail=_short(error), schema=p.schema)


def _short(error: ValidationError) -> str:
    if error.validator == "minimum":
        return f"must be >= {error.validator_value}"
    if error.validator == "maximum":
        return f"must be <= {error.validator_value}"
    if error.validator == "minLength":
        return f"must have at least {error.validator_value} characters"
    if error.validator == "maxLength":
        return f"must have at most {error.validator_value} characters"
    if error.validator == "pattern":
        return "has an invalid format"
    return str(error.message)


def _non_finite_path(value: Any, path: str = "body") -> str | None:
    """Where the first number out of float range (parsed as inf) is in a JSON document, e.g. `body.variables.n`."""
    if isinstance(value, float) and not math.isfinite(value):
        return path
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        found = _non_finite_path(item, f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}")
        if found is not None:
            return found
    return None


S = TypeVar("S")


def per_schema(cache: dict[int, tuple[Any, S]], schema: Any, build: Callable[[Any], S]) -> S:
    """build(schema), made once per schema. `cache` is keyed by the schema's id and each entry keeps its schema
    alive, so an id is never reused for another schema while its entry stands."""
    entry = cache.get(id(schema))
    if entry is None or entry[0] is not schema:
        entry = cache[id(schema)] = (schema, build(schema))
    return entry[1]


def request_validator(schema: Any) -> Draft4Validator:
    """Connexion's request validator: it understands OpenAPI's `nullable` (Camunda clients send nulls)."""
    return Draft4RequestValidator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)


class CachedJSONBodyValidator(JSONRequestBodyValidator):  # type: ignore[misc]
    """Connexion's JSON body validator with the schema validator built once per schema, and clear messages."""

    _validators: ClassVar[dict[int, tuple[Any, Draft4Validator]]] = {}  # per_schema: request_validator
    _out_of_range = False
    _absent = False

    async def _parse(self, stream: Any, scope: Scope) -> Any:
        """Strict JSON (jobgate.api.jsonbody): every malformed body is a 400 that says what is wrong."""
        return self.parse_bytes(b"".join([chunk async for chunk in stream]))

    def parse_bytes(self, data: bytes) -> Any:
        """The body read whole (as the fast path has it): its JSON document, None when it is empty."""
        text = jsonbody.decode(data, str(self._encoding).strip().strip('"'))  # Connexion keeps charset="x" quotes
        self._absent = not text
        return jsonbody.loads(text, self._float) if text else None

    def _float(self, text: str) -> float:
        number = float(text)
        if not math.isfinite(number):
            self._out_of_range = True  # reported by _validate, with the number's place in the body
        return number

    @property
    def _validator(self) -> Draft4Validator:
        return per_schema(self._validators, self._schema, request_validator)

    def _validate(self, body: Any) -> dict[str, Any] | None:
        if body is None:
            if self._absent and not self._required:
                return None  # an optional body left out (Camunda's POST /job-definition: match everything)
            if self._absent or not self._nullable:  # JSON `null` is a body, and not an object
                raise BadRequestProblem(detail="The request body must not be empty.")
            return None
        self._check_schema(body)
        if self._out_of_range:
            raise BadRequestProblem(detail=f"Invalid {_non_finite_path(body)}: the number is out of range.")
        return None

    def _check_schema(self, body: Any) -> None:
        """The body against the operation's schema; the first error as a 400."""
        accept = accepting(self._schema)
        if accept is not None and accept(body):
            return  # valid (jobgate.api.fastschema); any other body takes jsonschema's walk for its error
        error = next(iter(self._validator.iter_errors(body)), None)
        if error is not None:
            where = "".join(f"[{p!r}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
            location = f"body{where}" if where else "body"
            messages = error.schema.get("x-jobgate-messages") if isinstance(error.schema, dict) else None
            message = messages.get(str(error.validator)) if isinstance(messages, dict) else None
            if isinstance(message, str):  # the spec words this check's failure as the vendor does
                raise BadRequestProblem(detail=printable(message.replace("{value}", str(error.instance))))
            # A message may quote a key or value of the body: one with a lone surrogate could not be rendered.
            raise BadRequestProblem(detail=printable(f"Invalid {location}: {error.message}"))
