"""The operator console at /console: server-rendered pages over the store (docs/console.md).

Mounted by create_app beside the dialects, outside Connexion's APIs but inside its middleware, so admission
control, request ids, the body limit and the request metrics apply as to every request. The console
authenticates with its own session cookie (jobgate.console.session); the API's authentication middleware leaves
/console to it.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from jobgate.console.app import PREFIX, Console
from jobgate.console.views import Views
from jobgate.runtime import Services

STATIC = {"console.css": "text/css; charset=utf-8"}


def _static(names: dict[str, str]) -> Any:
    files = resources.files("jobgate.console") / "static"
    content = {name: (files / name).read_bytes() for name in names}

    async def static(request: Request) -> Response:
        name = str(request.path_params["name"])
        if name not in content:
            return Response("Not found", status_code=404, media_type="text/plain")
        return Response(content[name], media_type=names[name],
                        headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"})

    return static


def mount(app: Any, services: Services) -> None:
    """Add the console's routes to a Connexion AsyncApp."""
    console, views = Console(services), Views(services)
    pages = {"": views.overview, "/incidents": views.incidents, "/jobs": views.jobs, "/jobs/{key}": views.job,
             "/instances/{key}": views.instance}
    for path, view in pages.items():
        app.add_url_rule(PREFIX + path, f"console{path}", console.endpoint(view), methods=["GET"])
    actions = {"retries": views.retries, "resubmit": views.resubmit, "suspend": views.suspend,
               "activate": views.activate}
    for name, action in actions.items():
        app.add_url_rule(f"{PREFIX}/jobs/{{key}}/{name}", f"console-{name}", console.endpoint(action, act=True),
                         methods=["POST"])
    app.add_url_rule(f"{PREFIX}/login", "console-login-page", console.login_page, methods=["GET"])
    app.add_url_rule(f"{PREFIX}/login", "console-login", console.login, methods=["POST"])
    app.add_url_rule(f"{PREFIX}/logout", "console-logout", console.logout, methods=["POST"])
    app.add_url_rule(f"{PREFIX}/static/{{name}}", "console-static", _static(STATIC), methods=["GET"])
