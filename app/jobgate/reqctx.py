"""The request being served, in a context variable: read by the metrics (long polls) and the log formatter."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any


@dataclass(eq=False, slots=True)
class RequestContext:
    """Set by ServicesMiddleware for each HTTP request; handlers and tasks they start see the same object."""

    id: str
    dialect: str
    operation: str | None = None
    status: int | None = None
    long_poll: bool = False  # the request parked in the long-poll hub: timed by its own histogram
    extensions: dict[str, Any] | None = None  # the scope's extensions: Connexion's routing puts the operation there

    def operation_name(self) -> str | None:
        """The operationId's last part once Connexion has routed the request (None before, or off the specs)."""
        if self.operation is not None:
            return self.operation
        routing = self.extensions.get("connexion_routing") if self.extensions else None
        operation_id = routing.get("operation_id") if routing else None
        return operation_id.rpartition(".")[2] if operation_id else None


current: ContextVar[RequestContext | None] = ContextVar("jobgate_request", default=None)


def mark_long_poll() -> None:
    ctx = current.get()
    if ctx is not None:
        ctx.long_poll = True
