"""Data limits (docs/design.md, limits): each hit is one 400 and one warning on the `jobgate.limits` logger.

The warning names the limit and what was asked, never a variable's value: limits guard the service, and their log
must not become a copy of the data that hit them.
"""

from __future__ import annotations

import logging

import orjson

from jobgate.store.errors import InvalidRequest

log = logging.getLogger("jobgate.limits")


def exceeded(limit: str, message: str, *, log_message: str | None = None) -> InvalidRequest:
    """The error to raise for a limit hit; logs it once. `log_message` replaces a message that quotes data."""
    log.warning("%s: %s", limit, log_message or message)
    return InvalidRequest(message)


def json_size(value: object) -> int:
    """Bytes of a JSON document written compactly (UTF-8); documents orjson cannot write are measured by json."""
    try:
        return len(orjson.dumps(value))
    except orjson.JSONEncodeError:
        import json

        return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str).encode(
            "utf-8", "surrogatepass"))


def pretty_bytes(size: int) -> str:
    """A size as Zeebe's ByteValue.prettyPrint writes it in its messages (`512B`, `4.0MiB`)."""
    if size < 1024:
        return f"{size}B"
    value, exponent = float(size), 0
    while value >= 1024 and exponent < 4:
        value /= 1024
        exponent += 1
    return f"{value:.1f}{'KMGT'[exponent - 1]}iB"
