"""Connexion's routing, with the hot operations found without walking Starlette's routers.

Connexion's RoutingMiddleware runs every request through a Starlette router of one Mount per API, each holding a
router of that API's routes: a path is tried against each mount, then against the routes of the mount it falls
into, in order, each try building a child scope. For a Zeebe `PATCH /zeebe/jobs/{key}` that was ~15% of the event
loop's CPU below the server (scripts/profile_list.py's kind of harness).

QuickRoutingMiddleware keeps, for the operations marked `x-jobgate-fast` in the specs (jobgate.api.fastpath), the
Route objects Connexion made for them, and answers those requests itself only when Starlette would have picked
the very same route:

- no mount added before the operation's own mount matches the path (Starlette takes the first mount that does),
  and no other API shares that mount's base path (those are chained, and a 405 of one would hide the other);
- the path matches the route's own regex, with its own converters (the same `{key:int}` rules);
- no route listed before it in its API's router takes the method and matches the path (the first full match
  wins in Starlette; a route that matches only the path loses to a later full match, as here).

It then does what Connexion's RoutingOperation does with such a match (the scope copy in the routing context
variable, the path parameters, the operation id and base path in the scope's extensions) and calls the same next
app. Every other request, and every request while a spec has a layout this does not handle, goes through
Connexion's router unchanged. tests/api/test_quickroute.py compares the scope both hand on, request by request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from connexion.middleware.abstract import ROUTING_CONTEXT
from connexion.middleware.routing import RoutingMiddleware, RoutingOperation
from connexion.middleware.routing import _scope as _routing_scope
from connexion.spec import Specification
from starlette.convertors import Convertor
from starlette.routing import Mount, Route, Router
from starlette.types import Receive, Scope, Send

from jobgate.api.fastpath import FAST_KEY

_CONVERTER = re.compile(r"\{([^}:]+)(?::[^}]*)?\}")  # `{key:int}` -> `{key}`


@dataclass(frozen=True, slots=True)
class QuickRoute:
    """One hot operation's route, with what must not match before it."""

    base: str  # the API's base path (its mount), e.g. "/zeebe"
    regex: re.Pattern[str]  # the route's own, matched against the path below the base
    convertors: dict[str, Convertor[Any]]
    operation_id: str | None
    earlier_mounts: tuple[re.Pattern[str], ...]
    earlier_routes: tuple[re.Pattern[str], ...]  # routes before it in its API that take the same method

    def match(self, path: str) -> dict[str, Any] | None:
        """The converted path parameters when Starlette would route `path` here, else None."""
        base = self.base
        if not path.startswith(base) or path[len(base):len(base) + 1] != "/":
            return None
        for mount in self.earlier_mounts:
            if mount.match(path):
                return None
        rest = path[len(base):]
        found = self.regex.match(rest)
        if found is None:
            return None
        for earlier in self.earlier_routes:
            if earlier.match(rest):
                return None
        return {key: self.convertors[key].convert(value) for key, value in found.groupdict().items()}


def _fast_operations(specification: Specification) -> set[tuple[str, str]]:
    """(METHOD, path template) of each operation the spec marks for the fast path."""
    found = set()
    for path, item in specification.raw.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get(FAST_KEY) is True:
                found.add((method.upper(), path))
    return found


def quick_routes(router: Router, fast: set[tuple[str, str]]) -> dict[str, tuple[QuickRoute, ...]]:
    """The quick table of Connexion's top router: for each method, the hot routes it can route by itself."""
    table: dict[str, list[QuickRoute]] = {}
    mounts = [mount for mount in router.routes if isinstance(mount, Mount)]
    if len(mounts) != len(router.routes):
        return {}
    bases = [mount.path for mount in mounts]
    for index, mount in enumerate(mounts):
        inner = mount.app
        if bases.count(mount.path) > 1 or not isinstance(inner, Router) or not mount.path:
            continue
        routes = [route for route in inner.routes if isinstance(route, Route)]
        if len(routes) != len(inner.routes):
            routes = routes[:0]  # a mount or another kind of route in an API: its routes stay Connexion's
        for position, route in enumerate(routes):
            if not isinstance(route.endpoint, RoutingOperation) or not route.methods:
                continue
            template = _CONVERTER.sub(r"{\1}", route.path)
            methods = {method for method in route.methods if (method, template) in fast}
            if not methods:
                continue
            for method in {*methods, *({"HEAD"} if "GET" in methods else set())}:
                earlier = tuple(other.path_regex for other in routes[:position]
                                if other.methods is None or method in other.methods)
                table.setdefault(method, []).append(QuickRoute(
                    mount.path, route.path_regex, route.param_convertors, route.endpoint.operation_id,
                    tuple(m.path_regex for m in mounts[:index]), earlier))
    return {method: tuple(entries) for method, entries in table.items()}


class QuickRoutingMiddleware(RoutingMiddleware):  # type: ignore[misc]
    """Connexion's RoutingMiddleware, answering the hot operations from a table (see the module docstring)."""

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self._fast: set[tuple[str, str]] = set()
        self._quick: dict[str, tuple[QuickRoute, ...]] = {}

    def add_api(self, specification: Specification, base_path: str | None = None,
                arguments: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().add_api(specification, base_path=base_path, arguments=arguments, **kwargs)
        self._fast |= _fast_operations(specification)
        self._quick = quick_routes(self.router, self._fast)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope.get("root_path"):
            entries = self._quick.get(scope["method"])
            if entries:
                path = scope["path"]
                for entry in entries:
                    params = entry.match(path)
                    if params is not None:
                        await self._forward(scope, entry, params, receive, send)
                        return
        await super().__call__(scope, receive, send)

    async def _forward(self, scope: Scope, entry: QuickRoute, params: dict[str, Any], receive: Receive,
                       send: Send) -> None:
        """What RoutingMiddleware and RoutingOperation do for a request routed to this operation."""
        original = dict(scope)
        _routing_scope.set(original)
        original.setdefault("path_params", {}).update(params)
        routing = original.setdefault("extensions", {}).setdefault(ROUTING_CONTEXT, {})
        routing.update({"api_base_path": entry.base, "operation_id": entry.operation_id})
        await self.app(original, receive, send)
