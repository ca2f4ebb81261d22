"""The application factory: one Connexion AsyncApp serving every dialect over one store."""

from __future__ import annotations

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
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from app.api.validation import CachedJSONBodyValidator, DialectParameterValidator, FirstValueURIParser
from app.api.zeebe_format import ZeebeBodyValidator
from app.errors import JobgateError, render_error
from app.middleware import Metrics, ServicesMiddleware
from app.runtime import Services
from app.settings import Settings

OPENAPI_DIR = Path(__file__).resolve().parent.parent / "openapi"
# spec file, handler module, reject unknown query parameters?
APIS = (
    ("camunda7.yaml", "app.api.camunda7", False),
    ("zeebe.yaml", "app.api.zeebe", False),
    ("opa.yaml", "app.api.opa", False),
    ("admin.yaml", "app.api.admin", True),
)


def _to_connexion(response: Response) -> ConnexionResponse:
    return ConnexionResponse(
        status_code=response.status_code,
        mimetype=response.media_type,
        content_type=response.media_type,
        body=response.body,
        headers={k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")},
    )


def _error_handler(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    return _to_connexion(render_error(request.url.path, exc))


def create_app(settings: Settings | None = None) -> AsyncApp:
    """Build the ASGI app; the store is opened (and its schema created) by the lifespan."""
    settings = settings or Settings()
    services = Services(settings)
    metrics = Metrics()
    services.hub.metrics = metrics

    @asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        await services.start()
        try:
            yield
        finally:
            await services.stop()

    app = AsyncApp(__name__, specification_dir=OPENAPI_DIR, lifespan=lifespan, pythonic_params=True)
    for spec, module, strict in APIS:
        body_validator = ZeebeBodyValidator if module.endswith("zeebe") else CachedJSONBodyValidator
        validator_map = {"parameter": DialectParameterValidator, "body": MediaTypeDict({"*/*json": body_validator})}
        if not (OPENAPI_DIR / spec).exists():
            continue
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

    async def metrics_view(_request: Request) -> Response:
        metrics.waiters.set(services.hub.waiting)
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    app.add_url_rule("/health", "health", health, methods=["GET"])
    app.add_url_rule("/metrics", "metrics", metrics_view, methods=["GET"])
    for exc_class in (JobgateError, ProblemException, HTTPException, UnicodeDecodeError, Exception):
        app.add_error_handler(exc_class, _error_handler)
    app.add_middleware(ServicesMiddleware, position=MiddlewarePosition.BEFORE_EXCEPTION, services=services,
                       metrics=metrics)
    _SERVICES[id(app)] = services
    return app


_SERVICES: dict[int, Services] = {}


def services_of(app: AsyncApp) -> Services:
    """The services an app built by create_app owns (for the CLI and tests)."""
    return _SERVICES[id(app)]
