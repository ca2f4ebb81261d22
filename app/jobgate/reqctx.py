"""The request being served, in a context variable: read by the metrics (long polls) and the log formatter."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(eq=False, slots=True)
class RequestContext:
    """Set by ServicesMiddleware for each HTTP request; handlers and tasks they start see the same object."""

    id: str
    dialect: str
    operation: str | None = None
    status: int | None = None
    long_poll: bool = False  # the request parked in the long-poll hub: timed by its own histogram


current: ContextVar[RequestContext | None] = ContextVar("jobgate_request", default=None)


def mark_long_poll() -> None:
    ctx = current.get()
    if ctx is not None:
        ctx.long_poll = True
