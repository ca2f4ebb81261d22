"""Parking a long poll: its request's middleware stack is unwound while it waits (docs/performance.md, memory).

A waiting long poll held the coroutine frames of every layer between the ASGI server and its handler (Connexion's
routing, security, exception and Starlette routing layers, the fast path, the handler: about twenty frames and
their closures, scope copies and bound methods, some 10 KB per request). None of that is needed while it waits.

So a request served by the fast path (app/jobgate/api/fastpath.py marks it with `parking_send`) that has to wait
raises `Parked` instead of awaiting inside the stack: the exception unwinds the inner layers (it is a
BaseException, so no error handler takes it) up to ServicesMiddleware, which awaits `resume()` (the wait and the
handler's rendering of its jobs) and sends the response through `send`, the send the handler would have used (with
its response validation, when on). ServicesMiddleware, the admission control and the server's frames stay, so the
request id, the metrics, the logs and the concurrency cap see the request exactly as before.

The unwinding runs no await, so nothing else runs on the event loop between the handler's last look at the store
and its waiter joining the queue (the hub checks that too).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the store imports the hub, which imports this module: no HTTP library at run time
    from starlette.types import Send

# In the scope of a request on `jobgate serve` (app/jobgate/httpserver.py): on_disconnect(callback) calls callback
# once when the client goes away and returns a function that cancels that. A parked long poll leaves its queue
# through it, with no task of its own awaiting `receive` for the http.disconnect message.
DISCONNECT_KEY = "jobgate.on_disconnect"
OnDisconnect = Callable[[Callable[[], None]], Callable[[], None]]

# Set by the fast path around a handler call: the send the handler's response goes through.
parking_send: ContextVar[Send | None] = ContextVar("jobgate_parking_send", default=None)


class Parked(BaseException):
    """The request waits outside its middleware stack: ServicesMiddleware awaits `resume()` and sends its result
    (an ASGI response) through `send`."""

    def __init__(self, resume: Callable[[], Awaitable[Any]], send: Send) -> None:
        super().__init__()
        self.resume = resume
        self.send = send


def park(resume: Callable[[], Awaitable[Any]]) -> None:
    """Raise Parked when the request can park (it is served by the fast path); else return (the caller waits)."""
    send = parking_send.get()
    if send is not None:
        raise Parked(resume, send)
