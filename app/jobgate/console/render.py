"""Templates, security headers and the HTML error page of the console."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import jinja2
from starlette.responses import HTMLResponse, Response

# No script at all, styles only from /console/static, no framing, forms only to ourselves.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def _time(ms: int | None) -> str:
    """Epoch milliseconds as UTC date and time (the store keeps times so)."""
    if ms is None:
        return "-"
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S")


ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("jobgate.console", "templates"),
    autoescape=True,  # every template, every value: job types and error messages come from workers
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
ENV.filters["time"] = _time


def page(template: str, status: int = 200, headers: dict[str, str] | None = None, **context: Any) -> Response:
    html = ENV.get_template(template).render(**context)
    return HTMLResponse(html, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def error(status: int, message: str, **context: Any) -> Response:
    """An error page in the console's own shape (the dialects' JSON shapes are for API clients)."""
    context.setdefault("user", None)
    context.setdefault("csrf", "")
    context.setdefault("can_act", False)
    return page("error.html", status=status, status_code=status, message=message, **context)
