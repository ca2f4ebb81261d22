"""The fast path's compiled parameter rules (app/jobgate/api/fastrules.py): what they accept, what they leave to
Connexion (Fallback), and the handler arguments they build."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

import pytest
from connexion.decorators.parameter import pythonic
from hypothesis import given
from hypothesis import strategies as st

from jobgate.api.fastrules import Fallback, OperationRules, compile_check, parse_query


def _query(name: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema, **extra}


@pytest.mark.parametrize(("schema", "raw", "value"), [
    ({"type": "string"}, "", ""),
    ({"type": "string", "enum": ["asc", "desc"]}, "desc", "desc"),
    ({"type": "string", "minLength": 1, "maxLength": 3, "pattern": "^[^\x00]*$"}, "abc", "abc"),
    ({"type": "integer", "format": "int32", "minimum": 0}, "+7", 7),
    ({"type": "integer", "format": "int64", "maximum": 10}, "-3", -3),
    ({"type": "boolean"}, "TRUE", True),
    ({"type": "boolean"}, "false", False),
    ({"type": "number"}, "1.5", 1.5),
])
def test_accepted_values_become_typed(schema: dict[str, Any], raw: str, value: Any) -> None:
    check = compile_check(schema)
    assert check is not None
    assert check(raw) == value and type(check(raw)) is type(value)


@pytest.mark.parametrize(("schema", "raw"), [
    ({"type": "string", "enum": ["asc", "desc"]}, "up"),
    ({"type": "string", "minLength": 1}, ""),
    ({"type": "string", "maxLength": 3}, "abcd"),
    ({"type": "string", "pattern": "^[^\x00]*$"}, "a\x00b"),
    ({"type": "integer", "format": "int32"}, "2147483648"),
    ({"type": "integer", "minimum": 1}, "0"),
    ({"type": "integer", "maximum": 1}, "2"),
    ({"type": "integer"}, "1.0"),
    ({"type": "integer"}, ""),
    ({"type": "boolean"}, "1"),
    ({"type": "number"}, "nan"),
])
def test_values_breaking_the_spec_fall_back(schema: dict[str, Any], raw: str) -> None:
    check = compile_check(schema)
    assert check is not None
    with pytest.raises(Fallback):
        check(raw)


@pytest.mark.parametrize("schema", [
    {"type": "array", "items": {"type": "string"}},
    {"type": "string", "nullable": True},
    {"type": "string", "format": "date-time"},
    {"type": "integer", "enum": [1, 2]},
    {"type": "object"},
    {"$ref": "#/components/schemas/X"},
    {},
])
def test_schemas_the_rules_do_not_compile_are_left_to_connexion(schema: dict[str, Any]) -> None:
    assert compile_check(schema) is None


PARAMETERS = [
    _query("type", {"type": "string", "minLength": 1}, required=True),
    _query("maxJobsToActivate", {"type": "integer", "minimum": 1, "default": 32}),
    _query("fetchVariables", {"type": "array", "items": {"type": "string"}}),
    _query("sortBy", {"type": "string"}),
    {"name": "key", "in": "path", "required": True, "schema": {"type": "integer", "format": "int64"}},
]


def _rules(arguments: set[str] | None = None, strict: bool = False) -> OperationRules:
    return OperationRules.compile(PARAMETERS, arguments=arguments, strict=strict, sanitize=pythonic)


def test_arguments_are_typed_named_pythonic_and_take_spec_defaults() -> None:
    rules = _rules()
    assert rules.arguments(b"type=a&sortBy=x&sortBy=y&other=1", {"key": 5}) == {
        "type_": "a", "max_jobs_to_activate": 32, "sort_by": "x", "key": 5}
    assert rules.arguments(b"type=a&maxJobsToActivate=3", {"key": "6"})["max_jobs_to_activate"] == 3


def test_only_the_handlers_arguments_are_passed() -> None:
    rules = _rules(arguments={"type_", "key"})
    assert rules.arguments(b"type=a&maxJobsToActivate=3&sortBy=x", {"key": 5}) == {"type_": "a", "key": 5}


@pytest.mark.parametrize(("query", "path"), [
    (b"", {"key": 5}),  # a required parameter is missing: Connexion words the 400
    (b"type=", {"key": 5}),
    (b"type=a&maxJobsToActivate=0", {"key": 5}),
    (b"type=a&fetchVariables=x", {"key": 5}),  # present, but its schema is not compiled
    (b"type=a", {}),
    (b"type=a", {"key": "x"}),
])
def test_anything_else_falls_back(query: bytes, path: dict[str, Any]) -> None:
    with pytest.raises(Fallback):
        _rules().arguments(query, path)


def test_strict_operations_fall_back_on_unknown_parameters() -> None:
    assert _rules(strict=True).arguments(b"type=a", {"key": 1})["type_"] == "a"
    with pytest.raises(Fallback):
        _rules(strict=True).arguments(b"type=a&unknown=1", {"key": 1})
    assert _rules().arguments(b"type=a&unknown=1", {"key": 1})["type_"] == "a"


def test_header_parameters_are_refused_when_compiling() -> None:
    with pytest.raises(ValueError, match="header"):
        OperationRules.compile([{"name": "X-A", "in": "header", "schema": {"type": "string"}}], arguments=None,
                               strict=False, sanitize=pythonic)


@pytest.mark.parametrize("query", [
    b"", b"a=1", b"a=1&a=2", b"a", b"a=", b"=x", b"&&a=1&", b"a=b=c", b"a+b=c+d", b"a%20b=%41", b"a=%zz",
    b"x=%C3%A9&y=\xe9", b"sortBy=jobDueDate&sortOrder=asc&maxResults=25", b"a=1;b=2", b"a=1&b"])
def test_parse_query_reads_as_parse_qsl(query: bytes) -> None:
    expected: dict[str, str] = {}
    for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        expected.setdefault(name, value)
    assert parse_query(query) == expected


@given(st.binary(max_size=40) | st.text(alphabet="ab=&%+2C ;", max_size=30).map(str.encode))
def test_parse_query_reads_as_parse_qsl_for_any_bytes(query: bytes) -> None:
    expected: dict[str, str] = {}
    for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        expected.setdefault(name, value)
    assert parse_query(query) == expected
