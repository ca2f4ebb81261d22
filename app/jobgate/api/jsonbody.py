"""Strict JSON request bodies (RFC 8259): every malformed body is a 400 that says what is wrong, never a 500.

Connexion's own parser lets invalid UTF-8 escape as UnicodeDecodeError (spec-first/connexion#1860), deep nesting
as RecursionError, and accepts NaN and Infinity (not JSON) and numbers like 1e400 that parse as inf, which no
JSON encoder writes back (orjson renders them as null; PostgreSQL's jsonb refuses them).

A well-formed body is parsed by one decoder made once (json.loads with hooks builds a decoder per call, ~2 us
on the hot Zeebe PATCH); anything it stops at (a malformed body, a number out of float range, a byte order
mark) is parsed again the way it always was, which finds the same problem and words it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from connexion.exceptions import BadRequestProblem


class _OutOfRange(Exception):
    """A number the shared decoder met that parses as inf: the caller's own float hook must see it."""


def _not_a_number(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _OutOfRange
    return number


_DECODER = json.JSONDecoder(parse_constant=_not_a_number, parse_float=_finite)


def decode(data: bytes, encoding: str) -> str:
    """The body's text in its declared charset (a 400 when it is not in it, or the charset is unknown)."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise BadRequestProblem(detail="The request body is not valid UTF-8.") from None
    except LookupError:  # an unknown charset in the Content-Type
        raise BadRequestProblem(detail=f"Unknown request body charset '{encoding}'.") from None


def loads(text: str, parse_float: Callable[[str], float]) -> Any:
    """The JSON document `text` (not empty); `parse_float` reads every number with a fraction or an exponent
    once any of them is out of float range (it may note that and return inf)."""
    if not text.startswith("\ufeff"):  # json.loads refuses a BOM before decoding: leave that to it
        try:
            return _DECODER.decode(text)
        except Exception:  # any problem: the parse below meets it again and words it
            pass
    try:
        return json.loads(text, parse_constant=_not_a_number, parse_float=parse_float)
    except RecursionError:
        raise BadRequestProblem(detail="The request body is not valid JSON: it is nested too deeply.") from None
    except json.JSONDecodeError as exc:  # the parser's own words and the place: no Python internals
        raise BadRequestProblem(
            detail=f"The request body is not valid JSON: {exc.msg}: line {exc.lineno} column {exc.colno}.",
        ) from None
    except ValueError as exc:  # the int-digits limit (Python's text names sys internals), _not_a_number
        what = str(exc) if str(exc).endswith("is not a JSON number") else "a number has too many digits"
        raise BadRequestProblem(detail=f"The request body is not valid JSON: {what}.") from None
