"""Caches for pure helpers that Connexion 3.3 recomputes on every request.

Connexion builds its parameter decorator per request: it calls `inspect.signature` on the handler and runs the
`inflection`-based name conversion (three regexes plus a camel-case split) on every parameter name, each time.
All of these are pure functions of the handler or the name, so memoising them changes no behaviour; together
they were ~0.7 ms of CPU per Camunda 7 list request (cProfile, 30 declared query parameters).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import connexion.decorators.parameter as parameter
import connexion.utils as utils

_applied = False


def apply() -> None:
    """Install the caches once per process (idempotent)."""
    global _applied
    if _applied:
        return
    inspect_args: Callable[..., Any] = functools.lru_cache(maxsize=1024)(utils.inspect_function_arguments)
    parameter.inspect_function_arguments = inspect_args
    for name in ("pythonic", "sanitized", "snake_and_shadow"):
        setattr(parameter, name, functools.lru_cache(maxsize=4096)(getattr(parameter, name)))
    _applied = True
