"""An app with authentication on, with one user per role and an operator limited to tenant-a (per backend)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from jobgate.auth import users
from jobgate.auth.passwords import hash_password
from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from tests.auth.support import PASSWORD, add_users

TENANT_OPERATOR = "tenant-a-operator"


@pytest.fixture(scope="module")
async def auth_app(database_url: str) -> AsyncIterator[Any]:
    settings = Settings(database_url=database_url, auth=True, auth_cache_seconds=0.5, auth_max_failures=1000,
                        long_poll_timeout_ms=200, probe_interval_ms=50)
    application = create_app(settings)
    services = services_of(application)
    await services.start()
    add_users(services.store)
    with services.store.write() as conn:
        users.put_user(conn, name=TENANT_OPERATOR, password_hash=hash_password(PASSWORD),
                       roles=frozenset({"operator"}), tenants=frozenset({"tenant-a"}), now=1)
    yield application
    await services.stop()


@pytest.fixture
async def anon(auth_app: Any) -> AsyncIterator[httpx.AsyncClient]:
    """A fresh browser-like client without a session; API calls pass auth= per request."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=auth_app), base_url="http://testserver") as c:
        yield c
