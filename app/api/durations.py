"""Durations of the Zeebe dialect: Go-style (`250ms`, `10s`, `5m`, `1h30m`) or ISO 8601 (`PT5M`).

Go-style parts are matched by one regular expression; ISO 8601 durations are parsed by isodate (restricted to
days and time parts: months and years have no fixed length). The accepted set equals the spec's `pattern`.
"""

from __future__ import annotations

import re
from datetime import timedelta

import isodate

from app.errors import InvalidRequest

_GO_PART = re.compile(r"([0-9]{1,12})(ms|s|m|h)")
_GO = re.compile(r"^(?:[0-9]{1,12}(?:ms|s|m|h))+$")
_ISO = re.compile(
    r"^P(?=[0-9T])(?:[0-9]{1,12}D)?(?:T(?=[0-9])(?:[0-9]{1,12}H)?(?:[0-9]{1,12}M)?(?:[0-9]{1,12}(?:\.[0-9]{1,9})?S)?)?$"
)
_UNIT_MS = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000}
MAX_MS = 100 * 365 * 24 * 3_600_000  # a century: longer durations are clamped


def parse_duration_ms(text: str, *, name: str = "duration") -> int:
    """Milliseconds of a duration string; InvalidRequest when it is neither form."""
    if _GO.match(text):
        total = sum(int(n) * _UNIT_MS[unit] for n, unit in _GO_PART.findall(text))
    elif _ISO.match(text):
        try:
            value = isodate.parse_duration(text)
        except (isodate.ISO8601Error, ValueError, OverflowError):
            raise InvalidRequest(f"Invalid {name} '{text}'.") from None
        if not isinstance(value, timedelta):
            raise InvalidRequest(f"Invalid {name} '{text}'.")
        total = int(value / timedelta(milliseconds=1))
    else:
        raise InvalidRequest(f"Invalid {name} '{text}': use e.g. 250ms, 10s, 5m, 1h30m or ISO 8601 like PT5M.")
    return min(total, MAX_MS)
