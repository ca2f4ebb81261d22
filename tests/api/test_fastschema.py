"""The compiled body check (jobgate.api.fastschema) only ever accepts what jsonschema accepts.

Every request body schema of every spec, as Connexion resolves it (and each branch of a oneOf, which the Zeebe
PATCH checks on its own), is tried with the spec's examples and with Hypothesis variations of them (a property
replaced, added or removed, any JSON value). Whenever the compiled check accepts a body, Connexion's own
Draft4RequestValidator must find it valid. The hot bodies must get a compiled check at all (else the speed-up is
silently gone), and the schemas it must not compile are refused.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from connexion.json_schema import Draft4RequestValidator
from connexion.spec import Specification
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft4Validator

from jobgate.api.fastschema import accepting, compile_accepting
from jobgate.main import APIS, OPENAPI_DIR

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=False)
    | st.text(max_size=12) | st.sampled_from(["completed", "failed", "error_thrown", "", "1h", "PT1M", "\x00"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _body_schemas() -> list[tuple[str, dict[str, Any], list[Any]]]:
    found = []
    for spec, _module, _strict in APIS:
        document = Specification.load(OPENAPI_DIR / spec)
        for path, item in document["paths"].items():
            for method, operation in item.items():
                content = operation.get("requestBody", {}).get("content", {}) if isinstance(operation, dict) else {}
                media = content.get("application/json")
                if not media or "schema" not in media:
                    continue
                schema = dict(media["schema"], components=document["components"])  # as Connexion hands it over
                examples = [e["value"] for e in media.get("examples", {}).values() if "value" in e]
                if "example" in media:
                    examples.append(media["example"])
                name = f"{spec} {method.upper()} {path}"
                found.append((name, schema, examples or [{}]))
                found.extend((f"{name} oneOf[{i}]", branch, examples) for i, branch in
                             enumerate(schema.get("oneOf", [])))
    return found


SCHEMAS = _body_schemas()


def _valid(schema: dict[str, Any], body: Any) -> bool:
    validator = Draft4RequestValidator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
    return next(iter(validator.iter_errors(body)), None) is None


def _property_names(schema: Any) -> list[str]:
    names: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            names.update(k for k in node.get("properties", {}) if isinstance(node.get("properties"), dict))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return sorted(names) or ["x"]


@pytest.mark.parametrize(("name", "schema", "examples"), SCHEMAS, ids=[s[0] for s in SCHEMAS])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_compiled_check_never_accepts_what_jsonschema_refuses(name: str, schema: dict[str, Any],
                                                                   examples: list[Any], data: st.DataObject) -> None:
    accept = accepting(schema)
    if accept is None:
        return  # jsonschema alone decides
    body = copy.deepcopy(data.draw(st.sampled_from(examples), label="example"))
    if isinstance(body, dict):
        for _ in range(data.draw(st.integers(0, 3), label="changes")):
            key = data.draw(st.sampled_from(_property_names(schema)) | st.text(max_size=6), label="key")
            if data.draw(st.booleans(), label="remove") and key in body:
                del body[key]
            else:
                body[key] = data.draw(JSON, label="value")
    else:
        body = data.draw(JSON | st.just(body), label="body")
    before = copy.deepcopy(body)
    if accept(body):
        assert _valid(schema, body), f"{name}: compiled check accepted {body!r}, which jsonschema refuses"
    assert body == before  # never changed (no defaults filled in)


def test_the_hot_bodies_get_a_compiled_check() -> None:
    names = {name for name, schema, _examples in SCHEMAS if accepting(schema) is not None}
    for hot in ("zeebe.yaml PATCH /jobs/{key} oneOf[0]", "zeebe.yaml PATCH /jobs/{key} oneOf[1]",
                "zeebe.yaml PATCH /jobs/{key} oneOf[2]", "camunda8.yaml POST /jobs/{jobKey}/completion",
                "admin.yaml POST /process-instances"):
        assert hot in names, f"{hot} has no compiled check"


@pytest.mark.parametrize("schema", [
    {"type": "integer", "enum": [1, 2]},  # True == 1 in Python
    {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}}, "required": ["id"]},
    {"type": "array", "uniqueItems": True},
    {"$ref": "https://example.invalid/schema.json"},
    {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}},
     "components": {"schemas": {"Node": {"type": "object"}}}},
])
def test_schemas_whose_meaning_could_differ_get_no_compiled_check(schema: dict[str, Any]) -> None:
    assert compile_accepting(schema) is None


def test_a_schema_that_contains_itself_gets_no_compiled_check() -> None:
    node: dict[str, Any] = {"type": "object", "properties": {}}
    node["properties"]["child"] = node  # how Connexion resolves a recursive $ref
    assert compile_accepting({"type": "object", "properties": {"root": node}}) is None


def test_nullable_and_integers_read_as_connexion_reads_them() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string", "nullable": True, "enum": ["x"]},
                                               "n": {"type": "integer", "minimum": 0}}}
    accept = compile_accepting(schema)
    assert accept is not None
    for body in ({"a": None}, {"a": "x"}, {"a": "y"}, {"n": 1}, {"n": 1.0}, {"n": None}, {"n": True}, {"n": -1}):
        assert accept(body) == _valid(schema, body), body


def test_formats_are_jsonschemas_own() -> None:
    schema = {"type": "object", "properties": {"at": {"type": "string", "format": "date-time"},
                                               "ip": {"type": "string", "format": "ipv4"}}}
    accept = compile_accepting(schema)
    assert accept is not None
    for body in ({"at": "2026-11-27T00:00:00Z"}, {"at": "yesterday"}, {"ip": "127.0.0.1"}, {"ip": "999.1.1.1"},
                 {"at": 5}):
        assert accept(body) == _valid(schema, body), body
