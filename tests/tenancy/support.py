"""Principals for the tenant tests, until the authentication middleware lands (tests only, never in app/).

`with_test_principals(app)` wraps the real ASGI app: a request with `X-Test-Principal: <name>:<tenants>` gets
`Principal(name, {"admin"}, tenants)` in its scope under jobgate.principal.SCOPE_KEY, as the auth middleware will
put it there. `<tenants>` is a comma-separated list, `*` for every tenant, empty for none. Without the header
there is no principal (authentication off). `create_app` is the same for `uvicorn --factory`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from jobgate.main import create_app as create_jobgate_app
from jobgate.principal import SCOPE_KEY, Principal

HEADER = "X-Test-Principal"
Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]


def parse(value: str) -> Principal:
    name, _, listed = value.partition(":")
    tenants = None if listed == "*" else frozenset(t for t in listed.split(",") if t)
    return Principal(name=name, roles=frozenset({"admin"}), tenants=tenants)


def header(tenants: frozenset[str] | None, name: str = "tester") -> dict[str, str]:
    """The test header of a principal with these tenants (None: every tenant)."""
    return {HEADER: f"{name}:{'*' if tenants is None else ','.join(sorted(tenants))}"}


class TestPrincipals:
    """ASGI wrapper: the principal named by the test header goes into the scope."""

    __test__ = False  # not a test class

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            raw = dict(scope.get("headers") or ()).get(HEADER.lower().encode())
            if raw is not None:
                scope = {**scope, SCOPE_KEY: parse(raw.decode())}
        await self.app(scope, receive, send)


def with_test_principals(app: Any) -> TestPrincipals:
    return TestPrincipals(app)


def create_app() -> TestPrincipals:
    """Factory for `uvicorn --factory tests.tenancy.support:create_app` (settings from the environment)."""
    return TestPrincipals(create_jobgate_app())
