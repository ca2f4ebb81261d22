"""The parameter rules of one operation, compiled once from its spec, for the fast path (app/jobgate/api/fastpath.py).

A rule turns the raw text of a query or path parameter into the value its handler receives, or says that it
cannot: the value breaks a rule of the spec, or its schema uses something the rules do not compile (arrays,
`nullable`, formats other than int32/int64, ...). Either way the request then goes the whole Connexion path, which
answers exactly as it always does; a rule never words an error itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from jobgate.api.validation import coerce


class Fallback(Exception):
    """This request is not for the fast path: let Connexion serve it (and word any error)."""


# Schema keywords a compiled rule understands; anything else in a parameter's schema makes it unsupported.
_KEYWORDS = frozenset({"type", "format", "enum", "minimum", "maximum", "minLength", "maxLength", "pattern",
                       "default", "description", "example", "examples", "title"})
_FORMATS = {"integer": (None, "int32", "int64"), "number": (None, "float", "double"), "string": (None,),
            "boolean": (None,)}

Check = Callable[[str], Any]


def compile_check(schema: dict[str, Any]) -> Check | None:
    """A function raw text -> typed value that raises Fallback when the value breaks the schema; None when the
    schema uses more than these rules understand (then any value of the parameter takes the Connexion path)."""
    kind = schema.get("type")
    if set(schema) - _KEYWORDS or kind not in _FORMATS or schema.get("format") not in _FORMATS[kind]:
        return None
    enum = schema.get("enum")
    if enum is not None and (kind != "string" or not all(isinstance(v, str) for v in enum)):
        return None  # jsonschema's enum equality across types (1 == 1.0, True != 1) is left to Connexion
    allowed = frozenset(enum) if enum is not None else None
    low, high = schema.get("minimum"), schema.get("maximum")
    min_len, max_len = schema.get("minLength"), schema.get("maxLength")
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None

    def check(raw: str) -> Any:
        try:
            value = coerce(raw, schema)
        except ValueError:
            raise Fallback from None
        if allowed is not None and value not in allowed:
            raise Fallback
        if (low is not None and value < low) or (high is not None and value > high):
            raise Fallback
        if (min_len is not None and len(value) < min_len) or (max_len is not None and len(value) > max_len):
            raise Fallback
        if pattern is not None and not pattern.search(value):
            raise Fallback
        return value

    return check


@dataclass(frozen=True, slots=True)
class Rule:
    name: str  # as in the spec (and the query string)
    argument: str | None  # the handler's keyword (pythonic), None when the handler does not take it
    check: Check | None  # None: unsupported, so present means Fallback
    required: bool
    default: Any  # _NO_DEFAULT when the spec gives none


_NO_DEFAULT = object()


def parse_query(query_string: bytes) -> dict[str, str]:
    """Each query parameter's first value, parsed exactly as `parse_qsl(..., keep_blank_values=True)` parses
    (Starlette's QueryParams, the parameter validator and the URI parser parse the same way; a repeated scalar
    parameter counts by its first value). Only pieces with `%` or `+` pay for unquoting."""
    first: dict[str, str] = {}
    if not query_string:
        return first
    text = query_string.decode("latin-1")
    if "%" in text or "+" in text:
        for name, value in parse_qsl(text, keep_blank_values=True):
            first.setdefault(name, value)
        return first
    for piece in text.split("&"):
        if piece:
            name, _, value = piece.partition("=")
            first.setdefault(name, value)
    return first


@dataclass(frozen=True)
class OperationRules:
    """Everything the fast path needs to turn a request's query and path into the handler's keyword arguments."""

    query: tuple[Rule, ...]
    path: tuple[Rule, ...]
    strict: bool  # unknown query parameters are a 400 (admin): then they take the Connexion path
    by_name: dict[str, Rule] = field(init=False)  # derived from `query`: a lookup per given parameter
    required: tuple[str, ...] = field(init=False)
    defaults: dict[str, Any] = field(init=False)  # argument -> the spec's default

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {rule.name: rule for rule in self.query})
        object.__setattr__(self, "required", tuple(rule.name for rule in self.query if rule.required))
        object.__setattr__(self, "defaults", {rule.argument: rule.default for rule in self.query
                                              if rule.default is not _NO_DEFAULT and rule.argument is not None})

    @classmethod
    def compile(cls, parameters: list[dict[str, Any]], *, arguments: set[str] | None, strict: bool,
                sanitize: Callable[[str], str]) -> OperationRules:
        """`arguments`: the handler's keyword names (None: it takes **kwargs); `sanitize`: Connexion's name rule."""
        query: list[Rule] = []
        path: list[Rule] = []
        for p in parameters:
            if p["in"] not in ("query", "path"):
                raise ValueError(f"the fast path handles query and path parameters, not {p['in']} ({p['name']})")
            schema = p.get("schema") or {}
            argument = sanitize(p["name"])
            rule = Rule(name=p["name"], argument=argument if arguments is None or argument in arguments else None,
                        check=compile_check(schema), required=bool(p.get("required")),
                        default=schema.get("default", _NO_DEFAULT))
            (query if p["in"] == "query" else path).append(rule)
        return cls(query=tuple(query), path=tuple(path), strict=strict)

    def arguments(self, query_string: bytes, path_params: dict[str, Any]) -> dict[str, Any]:
        """The handler's keyword arguments, or Fallback."""
        first = parse_query(query_string)
        kwargs = dict(self.defaults)
        for name, raw in first.items():
            rule = self.by_name.get(name)
            if rule is None:
                if self.strict:
                    raise Fallback
                continue  # not in the spec: ignored, as Connexion does without strict validation
            if rule.check is None:
                raise Fallback
            value = rule.check(raw)
            if rule.argument is not None:
                kwargs[rule.argument] = value
        for name in self.required:
            if name not in first:
                raise Fallback
        for rule in self.path:
            given = path_params.get(rule.name)
            if given is None or rule.check is None:
                raise Fallback
            value = rule.check(str(given))
            if rule.argument is not None:
                kwargs[rule.argument] = value
        return kwargs
