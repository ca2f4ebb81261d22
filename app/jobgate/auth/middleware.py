"""The authentication middleware: who is calling (HTTP Basic or JWT bearer), may they call this operation, and
too many failures from one address. With authentication off it passes every request through untouched.

It sits after Connexion's routing (so the operation is known) and before request validation (so an anonymous
request gets its 401 before any 400). Connexion's own SecurityMiddleware is left out of the stack: the specs
declare their security schemes for clients and Swagger UI, and this middleware enforces them.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any

from connexion.middleware.main import ConnexionMiddleware
from connexion.middleware.routing import RoutingMiddleware
from connexion.middleware.security import SecurityMiddleware
from connexion.middleware.swagger_ui import SwaggerUIMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from jobgate.api.dialects import dialect_of
from jobgate.api.quickroute import QuickRoutingMiddleware
from jobgate.api.swagger_ui import QuickSwaggerUIMiddleware
from jobgate.auth import responses
from jobgate.auth.basic import MAX_CREDENTIALS_CHARS, BadCredentials, PasswordVerifier, decode_basic
from jobgate.auth.jwt import TokenError, TokenVerifier
from jobgate.auth.limiter import FailureLimiter
from jobgate.auth.permissions import role_table
from jobgate.principal import SCOPE_KEY, Principal, Role
from jobgate.runtime import Services


def connexion_middlewares(quick_routing: bool = True) -> list[Any]:
    """Connexion's middleware stack without its SecurityMiddleware, with the Swagger UI middleware that skips its
    router for paths it cannot serve and (with `quick_routing`) the routing that finds the hot operations from a
    table (jobgate.api.quickroute). A new list: add_middleware inserts into it."""
    swapped = {SwaggerUIMiddleware: QuickSwaggerUIMiddleware}
    if quick_routing:
        swapped[RoutingMiddleware] = QuickRoutingMiddleware
    return [swapped.get(m, m) for m in ConnexionMiddleware.default_middlewares if m is not SecurityMiddleware]

ANONYMOUS_PATHS = frozenset({"/health"})
CONSOLE = "/console"  # the console signs its users in with its own session cookie (jobgate.console)
MAX_LOGGED_NAME = 64

log = logging.getLogger("jobgate.auth")


def _printable(name: str | None) -> str:
    if name is None:
        return "-"
    return "".join(c if c.isprintable() and c not in "\"'\\" else "?" for c in name[:MAX_LOGGED_NAME])


def _authorization(scope: Scope) -> bytes | None:
    """The value of the request's (first) Authorization header; None: it has none."""
    headers: list[tuple[bytes, bytes]] = scope["headers"]
    for name, value in headers:
        if name == b"authorization":
            return value
    return None


class _Failed(Exception):
    def __init__(self, reason: str, user: str | None = None, invalid_token: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.user = user
        self.invalid_token = invalid_token


class _Blocked(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


class AuthMiddleware:
    def __init__(self, app: ASGIApp, services: Services) -> None:
        self.app = app
        settings = services.settings
        self.enabled = settings.auth
        self.passwords = PasswordVerifier(services.store, settings.auth_cache_seconds)
        self.tokens = TokenVerifier(settings) if settings.jwt_jwks else None
        self.limiter = FailureLimiter(settings.auth_max_failures, settings.auth_failure_window_seconds)
        token = settings.metrics_token.get_secret_value() if settings.metrics_token else ""
        self.metrics_token = token.encode() if token else None
        self.metrics_role: Role = settings.metrics_role
        self.roles = role_table()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if (not self.enabled or scope["type"] != "http" or path in ANONYMOUS_PATHS or path == CONSOLE
                or path.startswith(CONSOLE + "/")):
            await self.app(scope, receive, send)
            return
        routing: dict[str, Any] = scope.get("extensions", {}).get("connexion_routing") or {}
        resolved: str | None = routing.get("operation_id")  # the handler's dotted name, e.g. jobgate.api.zeebe.x
        operation_id = resolved.rpartition(".")[2] if resolved else None
        role: Role | None = None  # None: any authenticated caller (then routing answers 404 or 405)
        if path == "/metrics":
            role = self.metrics_role
        elif operation_id is not None:
            role = self.roles.get((routing.get("api_base_path", ""), operation_id), "admin")
        response: Response | None = None
        try:
            header = _authorization(scope)
            key = self._basic_key(header)
            principal = self.passwords.cached(key) if key is not None else None  # the common case, no coroutine
            if principal is None:
                principal = await self._authenticate(scope, header, key, metrics=path == "/metrics")
        except _Failed as failure:
            response = self._fail(scope, failure)
        except _Blocked as blocked:
            response = responses.too_many(dialect_of(path), blocked.retry_after, path)
        else:
            if principal is not None:
                if role is not None and not principal.has(role):
                    response = responses.forbidden(dialect_of(path), principal, operation_id, role, path)
                scope[SCOPE_KEY] = principal
        if response is not None:
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _address(self, scope: Scope) -> str:
        client = scope.get("client")
        return str(client[0]) if client else "-"

    def _basic_key(self, header: bytes | None) -> bytes | None:
        """The cache key of Basic credentials (None: no header, another scheme, or too long: _authenticate says why)."""
        if header is None or header[:6].lower() != b"basic ":
            return None
        credentials = header[6:].strip()
        if len(credentials) > MAX_CREDENTIALS_CHARS:
            return None
        return self.passwords.header_key(credentials)

    async def _authenticate(self, scope: Scope, header: bytes | None, key: bytes | None, *,
                            metrics: bool) -> Principal | None:
        """The caller's principal (None: the metrics token), after a cache miss on `key` (_basic_key of `header`);
        raises _Failed or _Blocked."""
        if header is None:
            raise _Failed("no credentials")
        scheme, _, value = header.partition(b" ")
        scheme = scheme.lower()
        if scheme == b"basic":
            credentials = value.strip()
            if len(credentials) > MAX_CREDENTIALS_CHARS:  # before any work on it
                raise _Failed("credentials too long")
            if key is None:  # "Basic" and nothing after it: empty credentials, never verified, so never cached
                key = self.passwords.header_key(credentials)
            try:
                name, password = decode_basic(credentials.decode("latin-1"))
            except BadCredentials as exc:
                raise _Failed(str(exc), exc.user) from None
            principal = await self.passwords.renew(key, name)
            if principal is None:
                self._check_blocked(scope)
                principal = await self.passwords.verify(key, name, password)
            if principal is None:
                raise _Failed("unknown user or wrong password", name)
            return principal
        if scheme == b"bearer":
            token = value.decode("latin-1").strip()
            if metrics and self.metrics_token is not None and hmac.compare_digest(token.encode("latin-1"),
                                                                                  self.metrics_token):
                return None
            if self.tokens is None:
                raise _Failed("bearer tokens are not configured", invalid_token=True)
            self._check_blocked(scope)
            try:
                return await self.tokens.verify(token)
            except TokenError as exc:
                raise _Failed(str(exc), invalid_token=True) from None
        raise _Failed("unsupported authentication scheme")

    def _check_blocked(self, scope: Scope) -> None:
        retry_after = self.limiter.retry_after(self._address(scope))
        if retry_after is not None:
            raise _Blocked(retry_after)

    def _fail(self, scope: Scope, failure: _Failed) -> Response:
        address = self._address(scope)
        if failure.reason != "no credentials":
            blocked = self.limiter.fail(address)
            log.warning("authentication failed: user=%s address=%s reason=%s", _printable(failure.user), address,
                        failure.reason)
            if blocked:
                log.warning("authentication: address %s blocked for up to %.0f s after %d failures", address,
                            self.limiter.window, self.limiter.max_failures)
        return responses.unauthorized(dialect_of(scope["path"]), bearer=self.tokens is not None,
                                      invalid_token=failure.invalid_token, path=scope["path"])
