"""The console's request handling: who is calling (session cookie), CSRF and origin checks, login and logout.

Pages and actions (jobgate.console.views) are plain functions of (request, caller, form); `Console.endpoint`
wraps each into a Starlette endpoint that resolves the caller, refuses what the caller may not do, renders store
errors as HTML and refreshes the session cookie.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from jobgate.auth import users
from jobgate.auth.basic import PasswordVerifier
from jobgate.auth.limiter import FailureLimiter
from jobgate.console import render
from jobgate.console.session import COOKIE, Session, Sessions, fingerprint
from jobgate.principal import Principal
from jobgate.runtime import Services
from jobgate.store.errors import JobgateError

PREFIX = "/console"
MAX_FORM_FIELD = 1000  # characters of one form field (names, passwords and ids are far shorter)
log = logging.getLogger("jobgate.console")


@dataclass(frozen=True)
class Caller:
    session: Session
    principal: Principal | None  # None: authentication is off (every tenant, every action) or not logged in
    csrf: str
    fresh: bool  # the session is new: its cookie goes out with the response
    logged_out: bool = False  # authentication is on and nobody is logged in

    @property
    def user(self) -> str | None:
        return None if self.principal is None else self.principal.name

    @property
    def tenants(self) -> frozenset[str] | None:
        return None if self.principal is None else self.principal.tenants

    @property
    def can_act(self) -> bool:
        return not self.logged_out and (self.principal is None or self.principal.has("operator"))

    def template(self) -> dict[str, Any]:
        return {"user": self.user, "csrf": self.csrf, "can_act": self.can_act}


View = Callable[[Request, Caller, FormData], Awaitable[Response]]


class Console:
    def __init__(self, services: Services) -> None:
        settings = services.settings
        self.services = services
        self.auth = settings.auth
        key = settings.console_session_key
        self.sessions = Sessions(key.get_secret_value().encode() if key else None, settings.console_session_seconds)
        self.passwords = PasswordVerifier(services.store, settings.auth_cache_seconds)
        self.limiter = FailureLimiter(settings.auth_max_failures, settings.auth_failure_window_seconds)

    async def caller(self, request: Request) -> Caller:
        session = self.sessions.decode(request.cookies.get(COOKIE))
        fresh = session is None
        if session is None:
            session = self.sessions.new()
        if not self.auth:
            return Caller(session, None, self.sessions.csrf(session), fresh)
        principal = None
        if session.user is not None:
            record = await self.services.store.reading(users.get_user, name=session.user)
            if record is not None and fingerprint(record.password_hash) == session.password:
                principal = record.principal()
            if principal is None or not principal.has("reader"):  # removed, password changed, or role taken away
                principal, session, fresh = None, self.sessions.new(), True
        return Caller(session, principal, self.sessions.csrf(session), fresh, logged_out=principal is None)

    def finish(self, request: Request, caller: Caller, response: Response) -> Response:
        if caller.fresh:
            self.set_cookie(request, response, caller.session)
        return response

    def set_cookie(self, request: Request, response: Response, session: Session) -> None:
        response.set_cookie(COOKIE, self.sessions.encode(session), max_age=self.sessions.lifetime, path=PREFIX,
                            httponly=True, samesite="strict", secure=request.url.scheme == "https")

    async def _form(self, request: Request, caller: Caller) -> FormData | Response:
        """The POSTed form once its origin and CSRF token check out; else the 403/400 page."""
        origin = request.headers.get("origin")
        if origin is not None and origin != f"{request.url.scheme}://{request.url.netloc}":
            return render.error(403, "This form was sent from another site.", **caller.template())
        try:
            form = await request.form(max_files=0, max_fields=20)
        except HTTPException as exc:
            return render.error(400, f"The form could not be read: {exc.detail}", **caller.template())
        token = form.get("csrf")
        if caller.fresh or not self.sessions.check_csrf(caller.session, token if isinstance(token, str) else None):
            return render.error(403, "The form has expired or did not come from this console: reload the page "
                                "and try again.", **caller.template())
        if any(isinstance(v, str) and len(v) > MAX_FORM_FIELD for v in form.values()):
            return render.error(400, f"A form field is longer than {MAX_FORM_FIELD} characters.",
                                **caller.template())
        return form

    def endpoint(self, view: View, *, act: bool = False) -> Callable[[Request], Awaitable[Response]]:
        """A Starlette endpoint for a page (act=False, read-only) or an action (act=True, operator role, POST)."""

        async def handle(request: Request) -> Response:
            caller = await self.caller(request)
            form: FormData | Response = FormData()
            if request.method == "POST":
                form = await self._form(request, caller)
            if isinstance(form, Response):
                response = form
            elif caller.logged_out:
                response = (RedirectResponse(f"{PREFIX}/login", status_code=303) if request.method == "GET"
                            else render.error(403, "Sign in first.", **caller.template()))
            elif act and not caller.can_act:
                response = render.error(403, "Only users with the operator role may change jobs.",
                                        **caller.template())
            else:
                try:
                    response = await view(request, caller, form)
                except JobgateError as exc:
                    response = render.error(exc.status, str(exc), **caller.template())
            return self.finish(request, caller, response)

        return handle

    async def login_page(self, request: Request) -> Response:
        caller = await self.caller(request)
        if not caller.logged_out:
            return self.finish(request, caller, RedirectResponse(PREFIX, status_code=303))
        return self.finish(request, caller, render.page("login.html", **caller.template(), failed=""))

    async def login(self, request: Request) -> Response:
        caller = await self.caller(request)
        form = await self._form(request, caller)
        if isinstance(form, Response) or not caller.logged_out:
            return self.finish(request, caller, form if isinstance(form, Response)
                               else RedirectResponse(PREFIX, status_code=303))
        name, password = str(form.get("name", "")), str(form.get("password", ""))
        address = request.client.host if request.client else "-"
        retry_after = self.limiter.retry_after(address)
        if retry_after is not None:
            response = render.page("login.html", status=429, headers={"Retry-After": str(retry_after)},
                                   **caller.template(), failed="Too many failed sign-ins: try again later.")
            return self.finish(request, caller, response)
        principal = await self.passwords.verify(self.passwords.key(name, password), name, password)
        if principal is None or not principal.has("reader"):
            self.limiter.fail(address)
            log.warning("console sign-in failed: user=%s address=%s", users.NAME_RE.fullmatch(name) and name or "?",
                        address)
            failed = "Unknown user or wrong password." if principal is None else \
                "This user has no console role (reader or operator)."
            response = render.page("login.html", status=401 if principal is None else 403, **caller.template(),
                                   failed=failed)
            return self.finish(request, caller, response)
        record = await self.services.store.reading(users.get_user, name=principal.name)
        if record is None:  # removed in between
            return self.finish(request, caller, render.error(401, "Unknown user.", **caller.template()))
        self.sessions.revoke(caller.session)
        response = RedirectResponse(PREFIX, status_code=303)
        self.set_cookie(request, response, self.sessions.new(principal.name, fingerprint(record.password_hash)))
        log.info("console sign-in: user=%s", principal.name)
        return response

    async def logout(self, request: Request) -> Response:
        caller = await self.caller(request)
        form = await self._form(request, caller)
        if isinstance(form, Response):
            return self.finish(request, caller, form)
        self.sessions.revoke(caller.session)
        response = RedirectResponse(f"{PREFIX}/login" if self.auth else PREFIX, status_code=303)
        self.set_cookie(request, response, self.sessions.new())
        return response
