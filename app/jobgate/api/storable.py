"""What the store can hold: one check for every text and JSON document a request writes (docs/design.md).

Neither backend stores every JSON text: PostgreSQL refuses NUL (U+0000) in text and jsonb, neither stores a lone
UTF-16 surrogate (`"\\ud800"` in JSON: not encodable as UTF-8, and on SQLite it would be stored escaped and break
every later answer that carries it), jsonb numbers and the integer columns stop at 64 bits, and JSON writers stop
at some nesting depth. Every write path (admin deploy, start and load; Zeebe complete, fail and throw error)
checks its whole body here, so such input is a 400 in the dialect's shape on both backends and changes nothing.
"""

from __future__ import annotations

import math
import re
from typing import Any

from jobgate import limits

INT64 = (-(2**63), 2**63 - 1)
MAX_DEPTH = 100  # nesting of a JSON document (orjson, which renders them, stops at 255)
_SURROGATE = re.compile("[\ud800-\udfff]")


def text_problem(text: str) -> str | None:
    """Why a text cannot be stored, or None."""
    if "\x00" in text:
        return "a text contains a NUL character (\\u0000)"
    if not text.isascii() and _SURROGATE.search(text):
        return "a text contains a lone UTF-16 surrogate (\\ud800-\\udfff)"
    return None


def printable(text: str) -> str:
    """A message that can be sent: lone surrogates (which no JSON encoder writes) as `\\ud800`-style escapes."""
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _step(path: str, key: Any) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}"


def problem(value: Any, path: str = "body") -> tuple[str, str] | None:
    """Where and why a JSON document cannot be stored and handed out again, or None when it can."""
    stack: list[tuple[Any, str, int]] = [(value, path, 0)]
    while stack:
        item, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            return where, f"it is nested more than {MAX_DEPTH} levels deep"
        if isinstance(item, str):
            reason = text_problem(item)
            if reason is not None:
                return where, reason
        elif isinstance(item, dict):
            for key in item:
                reason = text_problem(key)
                if reason is not None:
                    return where, f"a name: {reason}"
            stack.extend((v, _step(where, _safe(k)), depth + 1) for k, v in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend((v, _step(where, i), depth + 1) for i, v in reversed(list(enumerate(item))))
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int) and not INT64[0] <= item <= INT64[1]:
            return where, "an integer does not fit in 64 bits"
        elif isinstance(item, float) and not math.isfinite(item):
            return where, "a number is out of range"
    return None


def _safe(key: str) -> str:
    return key if text_problem(key) is None else "?"


def check(value: Any, path: str = "body") -> None:
    """Raise a 400 (InvalidRequest) when the document cannot be stored."""
    found = problem(value, path)
    if found is not None:
        where, reason = found
        raise limits.exceeded("unstorable input", f"Invalid {where}: {reason}.")


def check_variables_size(variables: Any, limit: int, path: str = "body.variables") -> None:
    """Raise a 400 when one variables document is larger than JOBGATE_MAX_VARIABLES_BYTES."""
    if not variables:
        return
    size = limits.json_size(variables)
    if size > limit:
        raise limits.exceeded("JOBGATE_MAX_VARIABLES_BYTES", f"Invalid {path}: the variables take {size} bytes as "
                              f"JSON, more than the limit of {limit} bytes.")
