"""An app with authentication on (HTTP Basic users, JWT bearer from a JWKS file, a metrics token) per backend."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from jobgate.main import create_app, services_of
from jobgate.settings import Settings

from .support import AUDIENCE, ISSUER, Keys, add_users

METRICS_TOKEN = "metrics-scrape-token"


@pytest.fixture(scope="module")
def keys() -> Keys:
    return Keys()


@pytest.fixture(scope="module")
def auth_settings(database_url: str, keys: Keys, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    jwks = keys.write_jwks(tmp_path_factory.mktemp("jwks") / "jwks.json")
    return Settings(database_url=database_url, validate_responses=True, long_poll_timeout_ms=200,
                    probe_interval_ms=50, auth=True, auth_cache_seconds=0.5, auth_max_failures=1000,
                    jwt_jwks=str(jwks), jwt_issuer=ISSUER, jwt_audience=AUDIENCE, metrics_token=METRICS_TOKEN)


@pytest.fixture(scope="module")
async def auth_app(auth_settings: Settings) -> AsyncIterator[Any]:
    application = create_app(auth_settings)
    services = services_of(application)
    await services.start()
    add_users(services.store)
    yield application
    await services.stop()


@pytest.fixture(scope="module")
async def anon(auth_app: Any) -> AsyncIterator[httpx.AsyncClient]:
    """A client without credentials (tests pass auth= or headers= per request)."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=auth_app), base_url="http://testserver") as c:
        yield c
