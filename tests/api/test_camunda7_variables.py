"""Camunda 7 typed variables <-> the store's JSON (app/jobgate/api/camunda7_variables.py): every type in and out,
and the engine's errors for a bad type or value."""

from __future__ import annotations

from typing import Any

import pytest

from jobgate.api.camunda7_variables import VariableError, from_store, to_store, typed, value_to_store


@pytest.mark.parametrize(("entry", "stored"), [
    ({"value": "text", "type": "String"}, "text"),
    ({"value": "text", "type": "string"}, "text"),  # the first letter in either case, as the engine
    ({"value": 12, "type": "String"}, "12"),
    ({"value": True, "type": "Boolean"}, True),
    ({"value": "false", "type": "Boolean"}, False),
    ({"value": 7, "type": "Short"}, 7),
    ({"value": 2**31 - 1, "type": "Integer"}, 2**31 - 1),
    ({"value": "42", "type": "Integer"}, 42),
    ({"value": 2**63 - 1, "type": "Long"}, 2**63 - 1),
    ({"value": 2, "type": "Double"}, 2.0),
    ({"value": 1.25, "type": "Double"}, 1.25),
    ({"value": "2026-01-02T03:04:05Z", "type": "Date"}, "2026-01-02T03:04:05.000+0000"),
    ({"value": "2026-01-02T05:04:05.100+0200", "type": "Date"}, "2026-01-02T03:04:05.100+0000"),
    ({"value": "ignored", "type": "Null"}, None),
    ({"value": None, "type": "Integer"}, None),
    ({"value": '{"a": [1, 2]}', "type": "Json"}, {"a": [1, 2]}),
    ({"value": None, "type": "Json"}, None),
    ({"value": "[1]", "type": "Object", "valueInfo": {"serializationDataFormat": "application/json",
                                                      "objectTypeName": "java.util.ArrayList"}}, [1]),
    ({"value": {"any": ["json"]}}, {"any": ["json"]}),  # untyped: kept as sent (the Python client's form)
    ({"value": 3}, 3),
    ({}, None),
])
def test_value_to_store(entry: dict[str, Any], stored: Any) -> None:
    assert value_to_store(entry) == stored


@pytest.mark.parametrize(("entry", "kind", "message"), [
    ({"value": 1, "type": "Unknown"}, "RestException", "Unsupported value type 'Unknown'"),
    ({"value": 1, "type": "STRING"}, "RestException", "Unsupported value type 'STRING'"),
    ({"value": "AAE=", "type": "Bytes"}, "RestException", "Unsupported value type 'Bytes'"),
    ({"value": "<a/>", "type": "Xml"}, "RestException", "Unsupported value type 'Xml'"),
    ({"value": "x", "type": "File"}, "RestException", "Unsupported value type 'File'"),
    ({"value": "rO0AB", "type": "Object", "valueInfo": {"serializationDataFormat":
                                                        "application/x-java-serialized-object"}},
     "RestException", "Unsupported value type 'Object'"),
    ({"value": "1abc", "type": "Integer"}, "InvalidRequestException",
     "Cannot convert value '1abc' of type 'Integer' to java type java.lang.Integer"),
    ({"value": 2**31, "type": "Integer"}, "InvalidRequestException",
     "Cannot convert value '2147483648' of type 'Integer' to java type java.lang.Integer"),
    ({"value": 40000, "type": "Short"}, "InvalidRequestException",
     "Cannot convert value '40000' of type 'Short' to java type java.lang.Short"),
    ({"value": 2**63, "type": "Long"}, "InvalidRequestException",
     f"Cannot convert value '{2**63}' of type 'Long' to java type java.lang.Long"),
    ({"value": True, "type": "Integer"}, "InvalidRequestException",
     "Cannot convert value 'true' of type 'Integer' to java type java.lang.Integer"),
    ({"value": "x", "type": "Double"}, "InvalidRequestException",
     "Cannot convert value 'x' of type 'Double' to java type java.lang.Double"),
    ({"value": "yes", "type": "Boolean"}, "InvalidRequestException",
     "Cannot convert value 'yes' of type 'Boolean' to java type java.lang.Boolean"),
    ({"value": [1], "type": "String"}, "InvalidRequestException",
     "Cannot convert value '[1]' of type 'String' to java type java.lang.String"),
    ({"value": "tomorrow", "type": "Date"}, "InvalidRequestException",
     "Cannot convert value 'tomorrow' of type 'Date' to java type java.util.Date"),
    ({"value": {"a": 1}, "type": "Json"}, "InvalidRequestException",
     "Must provide 'null' or String value for value of SerializableValue type 'Json'."),
    ({"value": 5, "type": "Object"}, "InvalidRequestException",
     "Must provide 'null' or String value for value of SerializableValue type 'Object'."),
    ({"value": "{not json", "type": "Json"}, "InvalidRequestException",
     "Cannot convert value '{not json' of type 'Json' to java type com.fasterxml.jackson.databind.JsonNode"),
    ("just a string", "InvalidRequestException", ""),
])
def test_bad_values(entry: Any, kind: str, message: str) -> None:
    with pytest.raises(VariableError) as raised:
        value_to_store(entry)
    assert (raised.value.kind, raised.value.message) == (kind, message)


def test_maps() -> None:
    assert to_store(None) is None
    assert to_store({"a": {"value": 1, "type": "Long"}, "b": {"value": "x"}}) == {"a": 1, "b": "x"}
    with pytest.raises(VariableError):
        to_store([1])


@pytest.mark.parametrize(("value", "type_name", "shown"), [
    (None, "Null", None), (True, "Boolean", True), (0, "Integer", 0), (-(2**31), "Integer", -(2**31)),
    (2**31, "Long", 2**31), (1.5, "Double", 1.5), ("s", "String", "s"),
    ({"b": 1, "a": [True, None]}, "Json", '{"b":1,"a":[true,null]}'), (["é"], "Json", '["é"]'),
])
def test_typed(value: Any, type_name: str, shown: Any) -> None:
    assert typed(value) == {"type": type_name, "value": shown, "valueInfo": {}}


def test_round_trip_keeps_the_json_value() -> None:
    stored = {"s": "x", "i": 1, "l": 2**40, "d": 0.5, "b": False, "n": None, "j": {"k": [1, "2"]}}
    again = to_store({name: {"value": v["value"], "type": v["type"]} for name, v in from_store(stored).items()})
    assert again == stored
