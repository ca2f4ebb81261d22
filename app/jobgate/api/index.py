"""GET /: a small HTML page that lists what this server answers (docs/operations.md).

Each dialect with its Swagger UI and its spec, then /health, /metrics, /console and the version. The page is built
once per app, has no external assets, and escapes everything it interpolates. Its links are relative, so it also
works behind a proxy that serves jobgate under a path prefix.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from html import escape
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from connexion.spec import Specification
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
    "table{border-collapse:collapse}td,th{padding:.3rem 1rem .3rem 0;text-align:left}code{font-size:.95em}"
)
_HEALTH_OK = escape('{"status": "ok"}')


def installed_version() -> str:
    """The version of the installed jobgate distribution ("unknown" when it is not installed)."""
    try:
        return version("jobgate")
    except PackageNotFoundError:
        return "unknown"


def dialects(spec_paths: Iterable[Path]) -> list[tuple[str, str]]:
    """(title, base path) of each spec, in the order given: the base path is where Connexion mounts it."""
    found = []
    for path in spec_paths:
        spec = Specification.load(path)
        found.append((str(spec.raw["info"]["title"]), spec.base_path))
    return found


def _link(path: str) -> str:
    """An anchor for an absolute server path, written relative to the page at / (so a path prefix is kept)."""
    return f'<a href="{escape(path.lstrip("/") or "./")}"><code>{escape(path)}</code></a>'


def render(apis: Iterable[tuple[str, str]], app_version: str, swagger_ui: bool = True, console: bool = True) -> str:
    """The index page: one row per (title, base path), then the service endpoints and the version."""
    rows = []
    for title, base in apis:
        ui = _link(f"{base}/ui/") if swagger_ui else "(Swagger UI off)"
        rows.append(f"<tr><td>{escape(title)}</td><td><code>{escape(base)}</code></td>"
                    f"<td>{ui}</td><td>{_link(f'{base}/openapi.json')}</td></tr>")
    return "\n".join([
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>jobgate {escape(app_version)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>jobgate <small>{escape(app_version)}</small></h1>",
        "<p>One job store, served through the REST dialects of Camunda 7, Zeebe and Oracle OPA, "
        "plus jobgate's own admin API.</p>",
        "<table><thead><tr><th>API</th><th>base path</th><th>Swagger UI</th><th>spec</th></tr></thead><tbody>",
        *rows,
        "</tbody></table>",
        "<h2>Service</h2><ul>",
        f"<li>{_link('/health')}: readiness, <code>{_HEALTH_OK}</code> once the store is ready</li>",
        f"<li>{_link('/metrics')}: Prometheus metrics</li>",
        *([f"<li>{_link('/console')}: the operator console</li>"] if console else []),
        "</ul>",
        "</body></html>",
        "",
    ])


def view(spec_paths: Iterable[Path], swagger_ui: bool = True,
         console: bool = True) -> Callable[[Request], Awaitable[Response]]:
    """The GET / handler of an app serving these specs."""
    page = render(dialects(spec_paths), installed_version(), swagger_ui, console)

    async def index(_request: Request) -> Response:
        return HTMLResponse(page)

    return index
