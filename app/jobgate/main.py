"""The application factory: one Connexion AsyncApp serving every dialect over one store."""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from connexion import AsyncApp
from connexion.datastructures import MediaTypeDict
from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from connexion.middleware import MiddlewarePosition
from connexion.options import SwaggerUIOptions
from connexion.resolver import RelativeResolver
from connexion.spec import Specification
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from jobgate import console
from jobgate.admission import AdmissionMiddleware, note_error
from jobgate.api import index, speedups
from jobgate.api.errors import render_error
from jobgate.api.fastpath import FastPathMiddleware
from jobgate.api.problems import ParameterProblem
from jobgate.api.validation import CachedJSONBodyValidator, DialectParameterValidator, FirstValueURIParser
from jobgate.api.zeebe_format import RESPONSE_HEAD, RESPONSE_TAIL, ZeebeBodyValidator, encode_job
from jobgate.auth.middleware import AuthMiddleware, connexion_middlewares
from jobgate.gcsettle import settle_after_startup
from jobgate.middleware import ServicesMiddleware
from jobgate.runtime import Services
from jobgate.settings import Settings
from jobgate.store.errors import JobgateError, StoreUnavailable
from jobgate.store.status import count_by_state

# The specs ship inside the package (package data; in a clone app/jobgate/openapi links to the top-level openapi/).
OPENAPI_DIR = Path(__file__).resolve().parent / "openapi"
# spec file, handler module, reject unknown query parameters?
APIS = (
    ("camunda7.yaml", "jobgate.api.camunda7", False),
    ("zeebe.yaml", "jobgate.api.zeebe", False),
    ("opa.yaml", "jobgate.api.opa", False),
    ("camunda8.yaml", "jobgate.api.camunda8", False),
    ("admin.yaml", "jobgate.api.admin", True),
)

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _to_connexion(response: Response) -> ConnexionResponse:
    return ConnexionResponse(
        status_code=response.status_code,
        mimetype=response.media_type,
        content_type=response.media_type,
        body=response.body,
        headers={k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")},
    )


@functools.cache
def _allow_table() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    """(path pattern, Allow header, whether the path has no parameters) for every path of every spec.

    Connexion routes each operation separately, so Starlette's 405 names only the methods of the first route
    whose path matches (`Allow: GET, HEAD` on a path that also has POST); the answer must name them all.
    """
    table = []
    for spec, _module, _strict in APIS:
        document = Specification.load(OPENAPI_DIR / spec)
        base = document.base_path
        for path, item in document.raw["paths"].items():
            methods = {m.upper() for m in item if m in _HTTP_METHODS}
            if "GET" in methods:
                methods.add("HEAD")  # Starlette answers HEAD wherever it answers GET
            pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(base + path))
            table.append((re.compile(f"^{pattern}$"), ", ".join(sorted(methods)), "{" not in path))
    return tuple(table)


def _error_handler(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    path = request.url.path
    note_error(request.scope, exc)  # logged once, with the request id, by the admission middleware
    if isinstance(exc, ParameterProblem) and exc.location == "path" and any(
            fixed and pattern.match(path) for pattern, _methods, fixed in _allow_table()):
        # PATCH /v2/jobs/activation: routed to PATCH /v2/jobs/{jobKey}, whose key it is not. The path names an
        # operation of its own, with other methods: 405, as for any method a path does not take.
        exc = HTTPException(405, "Method Not Allowed")
    response = render_error(path, exc)
    if response.status_code == 405:
        allow = next((methods for pattern, methods, fixed in _allow_table() if pattern.match(path) and fixed), None)
        allow = allow or next((methods for pattern, methods, _fixed in _allow_table() if pattern.match(path)), None)
        if allow is not None:
            response.headers["Allow"] = allow
    return _to_connexion(response)


class SpecError(RuntimeError):
    """A spec the app serves is missing or invalid: the server must not start without it."""


@functools.cache
def check_specs(spec_dir: Path = OPENAPI_DIR) -> None:
    """Fail with a clear message when a spec is missing or invalid (instead of serving 404s under a green /health)."""
    speedups.apply()  # `jobgate serve` checks before it builds the app: the same cached loads
    for spec, _module, _strict in APIS:
        path = spec_dir / spec
        if not path.is_file():
            raise SpecError(f"OpenAPI spec {spec} not found in {spec_dir}: the installation is incomplete")
        try:
            document = Specification.load(path)
        except Exception as exc:  # any parse or schema problem: report it in one line
            raise SpecError(f"OpenAPI spec {spec} is invalid: {type(exc).__name__}: {exc}") from None
        if not document.raw.get("paths"):
            raise SpecError(f"OpenAPI spec {spec} is invalid: it declares no paths")


def create_app(settings: Settings | None = None) -> AsyncApp:
    """Build the ASGI app; the store is opened (and its schema created) by the lifespan."""
    speedups.apply()
    check_specs()
    settings = settings or Settings()
    services = Services(settings)
    metrics = services.metrics
    services.hub.encode, services.hub.response_overhead = encode_job, len(RESPONSE_HEAD) + len(RESPONSE_TAIL)

    @asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        await services.start()
        settle_after_startup()  # start-up's objects out of the collector's sight (jobgate.gcsettle)
        try:
            yield
        finally:
            await services.stop()

    app = AsyncApp(__name__, specification_dir=OPENAPI_DIR, lifespan=lifespan, pythonic_params=True,
                   middlewares=connexion_middlewares(settings.fast_path))
    for spec, module, strict in APIS:
        body_validator = ZeebeBodyValidator if module.endswith("zeebe") else CachedJSONBodyValidator
        validator_map = {"parameter": DialectParameterValidator, "body": MediaTypeDict({"*/*json": body_validator})}
        app.add_api(
            spec,
            resolver=RelativeResolver(module),
            strict_validation=strict,
            validate_responses=settings.validate_responses,
            uri_parser_class=FirstValueURIParser,
            validator_map=validator_map,
            swagger_ui_options=SwaggerUIOptions(swagger_ui=settings.swagger_ui),
        )

    async def health(_request: Request) -> Response:
        if not services.ready:
            return JSONResponse({"status": "starting"}, status_code=503)
        return JSONResponse({"status": "ok"})

    async def ready(_request: Request) -> Response:
        """Readiness: the store answers within JOBGATE_READY_TIMEOUT (liveness stays GET /health)."""
        if not services.ready:
            return JSONResponse({"status": "starting"}, status_code=503)
        try:
            await services.store.ping(settings.ready_timeout)
        except StoreUnavailable:
            return JSONResponse({"status": "unavailable"}, status_code=503)
        return JSONResponse({"status": "ok"})

    async def metrics_view(_request: Request) -> Response:
        metrics.set_waiters(services.hub.waiting_by_type())
        if metrics.job_states_stale(settings.metrics_states_cache):
            with contextlib.suppress(StoreUnavailable):  # the other series still answer
                metrics.set_job_states(await services.store.scanning(count_by_state))
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    app.add_url_rule("/", "index", index.view([OPENAPI_DIR / spec for spec, _m, _s in APIS], settings.swagger_ui,
                                          settings.console),
                     methods=["GET"])
    app.add_url_rule("/health", "health", health, methods=["GET"])
    app.add_url_rule("/health/ready", "ready", ready, methods=["GET"])
    app.add_url_rule("/metrics", "metrics", metrics_view, methods=["GET"])
    if settings.console:
        console.mount(app, services)
    for exc_class in (JobgateError, ProblemException, HTTPException, UnicodeDecodeError, Exception):
        app.add_error_handler(exc_class, _error_handler)
    # Added first, so it is the outermost of the two (admission control, request id, 5xx log lines).
    app.add_middleware(AdmissionMiddleware, position=MiddlewarePosition.BEFORE_EXCEPTION, services=services)
    app.add_middleware(ServicesMiddleware, position=MiddlewarePosition.BEFORE_EXCEPTION, services=services)
    app.add_middleware(AuthMiddleware, position=MiddlewarePosition.BEFORE_VALIDATION, services=services)
    # After routing and authentication, before request validation (app/jobgate/api/fastpath.py).
    app.add_middleware(FastPathMiddleware, position=MiddlewarePosition.BEFORE_VALIDATION, enabled=settings.fast_path)
    _SERVICES[id(app)] = services
    return app


_SERVICES: dict[int, Services] = {}


def services_of(app: AsyncApp) -> Services:
    """The services an app built by create_app owns (for the CLI and tests)."""
    return _SERVICES[id(app)]
