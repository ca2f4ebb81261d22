"""The quick routing hands on exactly what Connexion's routing would, for every request: a differential test
against a plain RoutingMiddleware built from the same APIs, plus the precedence rules it must keep."""

from __future__ import annotations

import random
from typing import Any

import httpx
import pytest
from connexion.middleware.routing import RoutingMiddleware, RoutingOperation
from starlette.routing import Mount, Route, Router

from jobgate.api.quickroute import QuickRoutingMiddleware, quick_routes

SEGMENTS = ("zeebe", "jobs", "engine-rest", "job", "count", "admin", "process-instances", "v2", "process", "api",
            "v1", "1", "-7", "+3", "007", "x", "", "%31", "9" * 30, "activation", "job-definition")
METHODS = ("GET", "HEAD", "PATCH", "POST", "PUT", "DELETE")
HOT = [("PATCH", "/zeebe/jobs/123", {"key": 123}), ("GET", "/zeebe/jobs", {}), ("HEAD", "/zeebe/jobs", {}),
       ("GET", "/engine-rest/job", {}), ("GET", "/engine-rest/job/count", {}),
       ("POST", "/admin/process-instances", {}), ("PATCH", "/zeebe/jobs/-5", {"key": -5})]
HOT_OPERATIONS = {"jobgate.api.zeebe.activate_jobs", "jobgate.api.zeebe.update_job", "jobgate.api.camunda7.get_jobs",
                  "jobgate.api.camunda7.get_jobs_count", "jobgate.api.admin.start_process_instance"}


def _quick_middleware(app: Any) -> QuickRoutingMiddleware:
    found = [m for m in app.middleware.middleware_stack if isinstance(m, QuickRoutingMiddleware)]
    assert len(found) == 1
    return found[0]


class _Capture:
    """A next app that records what reached it (path parameters, the routing context)."""

    def __init__(self) -> None:
        self.seen: list[tuple[Any, ...]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        routing = scope.get("extensions", {}).get("connexion_routing", {})
        self.seen.append((scope.get("path_params"), routing.get("operation_id"), routing.get("api_base_path"),
                          scope["path"], scope["method"]))


@pytest.fixture(scope="module")
async def pair(app: Any, client: httpx.AsyncClient) -> tuple[Any, Any, _Capture, _Capture]:
    """A plain RoutingMiddleware and a QuickRoutingMiddleware over the app's own APIs, each with a capture."""
    assert (await client.get("/health")).status_code == 200  # builds the middleware stack
    plain_next, quick_next = _Capture(), _Capture()
    plain, quick = RoutingMiddleware(plain_next), QuickRoutingMiddleware(quick_next)
    for api in app.middleware.apis:
        for middleware in (plain, quick):
            middleware.add_api(api.specification, base_path=api.base_path, **api.kwargs)
    return plain, quick, plain_next, quick_next


def _scope(method: str, path: str, root_path: str = "") -> dict[str, Any]:
    return {"type": "http", "method": method, "path": path, "root_path": root_path, "headers": [],
            "query_string": b""}


async def _route(middleware: Any, capture: _Capture, method: str, path: str, root_path: str = "") -> Any:
    capture.seen.clear()

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    sent: list[Any] = []

    async def send(message: Any) -> None:
        sent.append(message.get("status"))

    await middleware(_scope(method, path, root_path), receive, send)
    return capture.seen[0] if capture.seen else ("answered", tuple(s for s in sent if s))


async def test_the_app_routes_its_hot_operations_quickly(app: Any, client: httpx.AsyncClient) -> None:
    assert (await client.get("/health")).status_code == 200
    table = _quick_middleware(app)._quick
    operations = {entry.operation_id for entries in table.values() for entry in entries}
    assert operations == HOT_OPERATIONS


@pytest.mark.parametrize(("method", "path", "params"), HOT)
async def test_hot_requests_take_the_table_and_match_connexion(pair: Any, monkeypatch: pytest.MonkeyPatch,
                                                               method: str, path: str, params: dict[str, Any]) -> None:
    plain, quick, plain_next, quick_next = pair
    expected = await _route(plain, plain_next, method, path)

    async def no_router(*_args: Any) -> None:
        raise AssertionError("went through Connexion's router")

    monkeypatch.setattr(quick, "router", no_router)
    got = await _route(quick, quick_next, method, path)
    assert got == expected
    assert got[0] == params


def _requests() -> list[tuple[str, str, str]]:
    """Every method with every path of one or two segments and of three under the hot APIs, and a fixed sample of
    longer paths and root paths."""
    short = ["/" + a for a in SEGMENTS] + ["/" + a + "/" + b for a in SEGMENTS for b in SEGMENTS]
    short += [f"/{a}/{b}/{c}" for a in ("zeebe", "engine-rest", "admin") for b in SEGMENTS for c in SEGMENTS]
    chosen = [(m, p, "") for m in METHODS for p in short]
    rng = random.Random(13)
    for _ in range(3000):
        parts = rng.choices(SEGMENTS, k=rng.randint(1, 4))
        chosen.append((rng.choice(METHODS), "/" + "/".join(parts), rng.choice(("", "", "/zeebe", "/x"))))
    return chosen


async def test_any_request_reaches_the_same_operation(pair: Any) -> None:
    """Proof that no request is routed elsewhere than Connexion routes it: ~20,000 requests, both answers equal
    (the operation, its base path and path parameters, or the same direct answer)."""
    plain, quick, plain_next, quick_next = pair
    quick_hits = 0
    for method, path, root_path in _requests():
        expected = await _route(plain, plain_next, method, path, root_path)
        got = await _route(quick, quick_next, method, path, root_path)
        assert got == expected, (method, path, root_path)
        quick_hits += got[1] in HOT_OPERATIONS
    assert quick_hits >= 12  # the sample reaches every operation of the table (GET and HEAD, five keys, ...)


def _router(*mounts: Mount) -> Router:
    return Router(routes=list(mounts))


async def _nothing(scope: Any, receive: Any, send: Any) -> None:
    return None


def test_an_earlier_route_that_takes_the_method_wins() -> None:
    first = Route("/jobs/special", RoutingOperation("special", _nothing), methods=["PATCH"])
    other_method = Route("/jobs/other", RoutingOperation("other", _nothing), methods=["GET"])
    hot = Route("/jobs/{key}", RoutingOperation("hot", _nothing), methods=["PATCH"])
    table = quick_routes(_router(Mount("/zeebe", app=Router(routes=[first, other_method, hot]))),
                         {("PATCH", "/jobs/{key}")})
    (entry,) = table["PATCH"]
    assert entry.match("/zeebe/jobs/special") is None  # Starlette takes the first full match
    assert entry.match("/zeebe/jobs/other") == {"key": "other"}  # only the path matched: the later route wins
    assert entry.match("/zeebe/jobs/7") == {"key": "7"}
    assert entry.match("/zeebe/jobs/7/x") is None and entry.match("/zeebex/jobs/7") is None


def test_an_earlier_mount_that_matches_wins() -> None:
    hot = Route("/jobs/{key:int}", RoutingOperation("hot", _nothing), methods=["PATCH"])
    earlier = Mount("/zeebe/jobs", app=Router(routes=[]))
    table = quick_routes(_router(earlier, Mount("/zeebe", app=Router(routes=[hot]))), {("PATCH", "/jobs/{key}")})
    (entry,) = table["PATCH"]
    assert entry.match("/zeebe/jobs/7") is None
    assert quick_routes(_router(Mount("/zeebe", app=Router(routes=[hot]))), {("PATCH", "/jobs/{key}")})[
        "PATCH"][0].match("/zeebe/jobs/7") == {"key": 7}


def test_a_shared_base_path_or_an_unknown_route_disables_the_table() -> None:
    hot = Route("/jobs", RoutingOperation("hot", _nothing), methods=["GET"])
    shared = _router(Mount("/zeebe", app=Router(routes=[hot])), Mount("/zeebe", app=Router(routes=[hot])))
    assert quick_routes(shared, {("GET", "/jobs")}) == {}
    odd = Mount("/zeebe", app=Router(routes=[Mount("/x", app=_nothing), hot]))
    assert quick_routes(_router(odd), {("GET", "/jobs")}) == {}
    assert set(quick_routes(_router(Mount("/zeebe", app=Router(routes=[hot]))), {("GET", "/jobs")})) == {"GET", "HEAD"}
