"""Time in the store: epoch milliseconds, UTC."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

# Largest time the store accepts (9999-12-31T23:59:59.999Z): every dialect can render it.
MAX_MS = 253_402_300_799_999
MIN_MS = -62_135_596_800_000  # 0001-01-01T00:00:00Z


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def clamp_ms(ms: int) -> int:
    return max(MIN_MS, min(MAX_MS, ms))


def to_ms(dt: datetime) -> int:
    """An aware datetime as epoch milliseconds (naive datetimes are taken as UTC)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return clamp_ms((dt - _EPOCH) // _MS)


def from_ms(ms: int) -> datetime:
    return _EPOCH + timedelta(milliseconds=ms)
