"""Durations of the Zeebe dialect: Go-style (`250ms`, `10s`, `5m`, `1h30m`) or ISO 8601 (`PT5M`).

Both forms are matched by regular expressions (ISO 8601 restricted to days and time parts: months and years have
no fixed length) and summed in integer milliseconds, so any accepted text has a value: the accepted set equals
the spec's `pattern`, and durations longer than a century are clamped rather than rejected.
"""

from __future__ import annotations

import re

from jobgate.store.errors import InvalidRequest

_GO_PART = re.compile(r"([0-9]{1,12})(ms|s|m|h)")
_GO = re.compile(r"^(?:[0-9]{1,12}(?:ms|s|m|h))+$")
_ISO = re.compile(
    r"^P(?=[0-9T])(?:([0-9]{1,12})D)?"
    r"(?:T(?=[0-9])(?:([0-9]{1,12})H)?(?:([0-9]{1,12})M)?(?:([0-9]{1,12})(?:\.([0-9]{1,9}))?S)?)?$"
)
_UNIT_MS = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000}
_ISO_UNIT_MS = (86_400_000, 3_600_000, 60_000, 1000)  # D, H, M, S
MAX_MS = 100 * 365 * 24 * 3_600_000  # a century: longer durations are clamped


def parse_duration_ms(text: str, *, name: str = "duration") -> int:
    """Milliseconds of a duration string (fractions of a millisecond round up); InvalidRequest for other text."""
    if _GO.match(text):
        total = sum(int(n) * _UNIT_MS[unit] for n, unit in _GO_PART.findall(text))
    elif (iso := _ISO.match(text)) is not None:
        *parts, fraction = iso.groups()
        total = sum(int(n) * unit for n, unit in zip(parts, _ISO_UNIT_MS, strict=True) if n)
        if fraction:  # fractions of a second, rounded up to whole milliseconds
            total += -(-int(fraction) * 1000 // 10 ** len(fraction))
    else:
        raise InvalidRequest(f"Invalid {name} '{text}': use e.g. 250ms, 10s, 5m, 1h30m or ISO 8601 like PT5M.")
    return min(total, MAX_MS)
