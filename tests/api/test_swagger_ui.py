"""The Swagger UI middleware skips its router only for paths none of its routes can match: every route it
registers satisfies `may_be_ui`, its pages still answer, and an API path no longer goes through its router."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from starlette.routing import BaseRoute, Mount

from jobgate.api.swagger_ui import QuickSwaggerUIMiddleware, may_be_ui

BASES = ("/engine-rest", "/zeebe", "/process/api/v1", "/v2", "/admin")


def _paths(routes: list[BaseRoute], prefix: str = "") -> list[str]:
    found: list[str] = []
    for route in routes:
        path = prefix + getattr(route, "path", "")
        if isinstance(route, Mount) and route.routes:  # a prefix: its routes are the paths
            found += _paths(list(route.routes), path)
        else:
            found.append(path)
    return found


def _swagger_middleware(app: Any) -> QuickSwaggerUIMiddleware:
    found = [m for m in app.middleware.middleware_stack if isinstance(m, QuickSwaggerUIMiddleware)]
    assert len(found) == 1
    return found[0]


async def test_every_documentation_route_counts_as_ui(app: Any, client: httpx.AsyncClient) -> None:
    assert (await client.get("/health")).status_code == 200  # builds the middleware stack
    paths = _paths(list(_swagger_middleware(app).router.routes))
    assert {f"{base}/openapi.json" for base in BASES} <= set(paths)
    assert {f"{base}/ui" for base in BASES} <= set(paths)
    assert [p for p in paths if not may_be_ui(p)] == []


@pytest.mark.parametrize("base", BASES)
async def test_documentation_pages_still_answer(client: httpx.AsyncClient, base: str) -> None:
    r = await client.get(f"{base}/ui/")
    assert r.status_code == 200 and "swagger" in r.text.lower()
    assert (await client.get(f"{base}/openapi.json")).json()["openapi"].startswith("3.")
    r = await client.get(f"{base}/openapi.yaml")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/yaml")
    r = await client.get(f"{base}/ui", follow_redirects=False)
    assert r.status_code in (301, 302, 307) and r.headers["location"].endswith(f"{base}/ui/")


async def test_api_paths_skip_the_documentation_router(app: Any, client: httpx.AsyncClient,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert (await client.get("/health")).status_code == 200
    middleware = _swagger_middleware(app)
    routed: list[str] = []
    router = middleware.router

    async def spy(scope: Any, receive: Any, send: Any) -> None:
        routed.append(scope["path"])
        await router(scope, receive, send)

    monkeypatch.setattr(middleware, "router", spy)
    assert (await client.get("/engine-rest/job/count")).status_code == 200
    assert (await client.get("/engine-rest/openapi.json")).status_code == 200
    assert routed == ["/engine-rest/openapi.json"]


@pytest.mark.parametrize(("path", "expected"), [
    ("/engine-rest/job", False), ("/zeebe/jobs/123", False), ("/engine-rest/openapi.json", True),
    ("/v2/ui/index.html", True), ("/admin/ui", True), ("/engine-rest/job/uid", True)])
def test_may_be_ui(path: str, expected: bool) -> None:
    assert may_be_ui(path) is expected
