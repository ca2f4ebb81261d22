"""Camunda 7 typed variables (`{"value": ..., "type": ..., "valueInfo": {...}}`) to and from the store's JSON.

The store keeps an instance's variables as one JSON object, so a typed value is kept as its JSON value and the type
is derived again on the way out (docs/camunda7.md, "Variables"):

| in (type)                  | stored as                  | out (type)                          |
|----------------------------|----------------------------|-------------------------------------|
| String                     | string                     | String                              |
| Boolean                    | true / false               | Boolean                             |
| Short, Integer, Long       | integer                    | Integer (32-bit range) or Long      |
| Double                     | number                     | Double                              |
| Date                       | string, the engine's form  | String                              |
| Null (or a null value)     | null                       | Null                                |
| Json, Object (as JSON)     | the parsed JSON            | Json, value as JSON text            |
| no type                    | the JSON value as sent     | derived from the JSON value         |

Type names are matched as the engine matches them: the first letter in either case (`string`, `String`).
Bytes, File, Xml and Java-serialized Objects cannot be kept in JSON: they answer 400 with the engine's message for
an unknown type. Errors carry the engine's exception type and message.
"""

from __future__ import annotations

import json
import math
from typing import Any

from jobgate.api.camunda7_format import format_date, parse_date
from jobgate.store.errors import InvalidRequest

_INT_RANGES = {"short": (-(2**15), 2**15 - 1, "java.lang.Short"),
               "integer": (-(2**31), 2**31 - 1, "java.lang.Integer"),
               "long": (-(2**63), 2**63 - 1, "java.lang.Long")}
_SERIALIZED = ("json", "object")
_JSON_FORMATS = ("application/json", None)


class VariableError(InvalidRequest):
    """A variable the engine would refuse; `kind` is the engine's exception type (the body's `type`)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _conversion(value: Any, type_name: str, java: str) -> VariableError:
    shown = json.dumps(value) if not isinstance(value, str) else value
    return VariableError("InvalidRequestException",
                         f"Cannot convert value '{shown}' of type '{type_name}' to java type {java}")


def _integer(value: Any, type_name: str, lowered: str) -> int:
    low, high, java = _INT_RANGES[lowered]
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().lstrip("+-").isdigit() and value.isascii():
        number = int(value)
    if number is None or not low <= number <= high:
        raise _conversion(value, type_name, java)
    return number


def _double(value: Any, type_name: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            raise _conversion(value, type_name, "java.lang.Double") from None
    else:
        raise _conversion(value, type_name, "java.lang.Double")
    if not math.isfinite(number):  # JSON cannot hold NaN or infinities
        raise _conversion(value, type_name, "java.lang.Double")
    return number


def _serialized(value: Any, type_name: str, info: dict[str, Any]) -> Any:
    if value is None:
        return None
    if not isinstance(value, str):
        raise VariableError("InvalidRequestException",
                            f"Must provide 'null' or String value for value of SerializableValue type '{type_name}'.")
    if type_name.lower() == "object" and info.get("serializationDataFormat") not in _JSON_FORMATS:
        raise VariableError("RestException", f"Unsupported value type '{type_name}'")
    try:
        return json.loads(value)
    except ValueError:
        raise _conversion(value, type_name, "com.fasterxml.jackson.databind.JsonNode") from None


def value_to_store(entry: Any) -> Any:
    """One typed variable as the JSON value the store keeps; VariableError as the engine refuses it."""
    if not isinstance(entry, dict):
        raise VariableError("InvalidRequestException", "")  # Jackson cannot map it to a VariableValueDto
    value = entry.get("value")
    type_name = entry.get("type")
    if type_name is None:
        return value
    if not isinstance(type_name, str) or not type_name:
        raise VariableError("RestException", f"Unsupported value type '{type_name}'")
    lowered = type_name[0].lower() + type_name[1:]
    raw_info = entry.get("valueInfo")
    info: dict[str, Any] = raw_info if isinstance(raw_info, dict) else {}
    if lowered == "null":
        return None
    if lowered in _SERIALIZED:
        return _serialized(value, type_name, info)
    if value is None and lowered in ("string", "boolean", "short", "integer", "long", "double", "date"):
        return None
    if lowered == "string":
        if isinstance(value, str):
            return value
        if isinstance(value, bool | int | float):
            return json.dumps(value)
        raise _conversion(value, type_name, "java.lang.String")
    if lowered == "boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        raise _conversion(value, type_name, "java.lang.Boolean")
    if lowered in _INT_RANGES:
        return _integer(value, type_name, lowered)
    if lowered == "double":
        return _double(value, type_name)
    if lowered == "date":
        if not isinstance(value, str):
            raise _conversion(value, type_name, "java.util.Date")
        try:
            return format_date(parse_date(value))
        except ValueError:
            raise _conversion(value, type_name, "java.util.Date") from None
    raise VariableError("RestException", f"Unsupported value type '{type_name}'")


def to_store(variables: Any) -> dict[str, Any] | None:
    """A request's typed variable map as store JSON (None for none)."""
    if variables is None:
        return None
    if not isinstance(variables, dict):
        raise VariableError("InvalidRequestException", "")
    return {name: value_to_store(entry) for name, entry in variables.items()}


def typed(value: Any) -> dict[str, Any]:
    """A stored JSON value in the engine's typed form (the type derived from the JSON value)."""
    if value is None:
        return {"type": "Null", "value": None, "valueInfo": {}}
    if isinstance(value, bool):
        return {"type": "Boolean", "value": value, "valueInfo": {}}
    if isinstance(value, int):
        kind = "Integer" if -(2**31) <= value < 2**31 else "Long"
        return {"type": kind, "value": value, "valueInfo": {}}
    if isinstance(value, float):
        return {"type": "Double", "value": value, "valueInfo": {}}
    if isinstance(value, str):
        return {"type": "String", "value": value, "valueInfo": {}}
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return {"type": "Json", "value": text, "valueInfo": {}}


def from_store(variables: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: typed(value) for name, value in variables.items()}
