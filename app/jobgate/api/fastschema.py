"""A compiled acceptance check for request bodies: the common, valid body passes without jsonschema's walk.

jsonschema validates by interpreting the schema for every body (~50-100 us for a small Zeebe PATCH body, the
largest part of the fast path's body handling). fastjsonschema compiles a schema into Python code once. It only
ever *accepts* here: a body it accepts is valid; a body it does not accept goes through the jsonschema validator
as before, which finds the error and words it exactly as it always did. So the answers cannot change, provided
that fastjsonschema never accepts a body that jsonschema (Connexion's Draft4RequestValidator) refuses. A schema is
compiled only when that holds by construction:

- OpenAPI's `nullable` (and `x-nullable`) is compiled as Connexion reads it: its validator lets `null` through the
  `type` and `enum` keywords of that schema, and nothing else, so `null` joins the allowed types and values;
- no other keyword with Connexion-specific meaning (`readOnly`, `writeOnly`);
- no `enum` or `uniqueItems` that could compare a boolean with a number (Python's `True == 1`): enums of strings
  (and null) only;
- every `format` is checked by jsonschema's own format checker (passed in as fastjsonschema's custom formats);
- no `$ref` (Connexion resolves them, but leaves recursive ones, with the spec's components attached);
- defaults are never filled in (`use_default=False`), and a schema fastjsonschema cannot compile gets no check.

tests/api/test_fastschema.py checks the rule against jsonschema on every request body schema of every spec.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jsonschema import Draft4Validator

Accept = Callable[[Any], bool]

DRAFT4 = "http://json-schema.org/draft-04/schema#"  # as Connexion validates (else draft 7: 1.0 is an integer)
UNSAFE_KEYWORDS = frozenset({"readOnly", "writeOnly", "uniqueItems"})

# id(schema) -> (schema, check or None); the entry keeps its schema alive, so an id is never reused for another.
_COMPILED: dict[int, tuple[dict[str, Any], Accept | None]] = {}


class _Cyclic(Exception):
    """A schema that contains itself (Connexion resolves a recursive $ref into a cycle): jsonschema alone."""


def _safe(node: Any, formats: set[str], path: frozenset[int] = frozenset()) -> bool:
    """No keyword (anywhere, property names included: conservative) whose meaning could differ; collects formats."""
    if isinstance(node, list | dict):
        if id(node) in path:
            raise _Cyclic
        path = path | {id(node)}
    if isinstance(node, list):
        return all(_safe(item, formats, path) for item in node)
    if not isinstance(node, dict):
        return True
    if UNSAFE_KEYWORDS.intersection(node):
        return False
    enum = node.get("enum")
    if enum is not None and not (isinstance(enum, list) and all(v is None or isinstance(v, str) for v in enum)):
        return False
    fmt = node.get("format")
    if isinstance(fmt, str):
        formats.add(fmt)
    return all(_safe(value, formats, path) for value in node.values())


def _has_ref(node: Any) -> bool:
    if isinstance(node, list):
        return any(_has_ref(item) for item in node)
    return isinstance(node, dict) and ("$ref" in node or any(_has_ref(value) for value in node.values()))


def _nullable(node: Any) -> Any:
    """A copy in which each schema that Connexion reads as nullable also allows null by `type` and `enum`."""
    if isinstance(node, list):
        return [_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {key: _nullable(value) for key, value in node.items()}
    if node.get("x-nullable") is True or node.get("nullable"):  # connexion.json_schema.validate_type's test
        kind = copy.get("type")
        if isinstance(kind, str):
            copy["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            copy["type"] = [*kind, "null"]
        if isinstance(copy.get("enum"), list) and None not in copy["enum"]:
            copy["enum"] = [*copy["enum"], None]
    return copy


def _no_remote(uri: str) -> Any:
    raise ValueError(f"remote $ref {uri} is not fetched")


_NO_REMOTE = {scheme: _no_remote for scheme in ("http", "https", "file", "ftp")}


def _format_check(name: str) -> Callable[[str], bool]:
    checker = Draft4Validator.FORMAT_CHECKER
    return lambda value: checker.conforms(value, name)


def compile_accepting(schema: dict[str, Any]) -> Accept | None:
    """A function that says True only for bodies valid under `schema`; None when no such check can be built."""
    # Connexion attaches the spec's components to a body schema for the $refs it left (OpenAPIOperation.
    # with_definitions); a schema that has none needs no components, and one that has is left to jsonschema.
    import fastjsonschema  # here: a process that never validates a body does not pay for the import

    root = {key: value for key, value in schema.items() if key != "components"}
    formats: set[str] = set()
    try:
        if not _safe(root, formats) or _has_ref(root):
            return None
        validate = fastjsonschema.compile(
            {**_nullable(root), "$schema": DRAFT4}, handlers=_NO_REMOTE,
            formats={name: _format_check(name) for name in formats}, use_default=False, use_formats=True)
    except Exception:  # a cycle, anything fastjsonschema cannot express (an unresolvable $ref, ...): jsonschema alone
        return None

    def accept(body: Any) -> bool:
        try:
            validate(body)
        except Exception:  # invalid (JsonSchemaException), or a check that failed on its own (e.g. a deep body):
            return False  # either way the verdict is left to jsonschema
        return True

    return accept


def accepting(schema: dict[str, Any]) -> Accept | None:
    """compile_accepting, once per schema object."""
    entry = _COMPILED.get(id(schema))
    if entry is None or entry[0] is not schema:
        entry = (schema, compile_accepting(schema))
        _COMPILED[id(schema)] = entry
    return entry[1]
