"""Failed console sign-ins count per client address: after JOBGATE_AUTH_MAX_FAILURES the address gets 429 with
Retry-After, even with the right password, for the rest of the window."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from tests.auth.support import PASSWORD, add_users

from .support import login


@pytest.fixture(scope="module")
async def limited_app(database_url: str) -> AsyncIterator[Any]:
    application = create_app(Settings(database_url=database_url, auth=True, auth_max_failures=2,
                                      auth_failure_window_seconds=60))
    services = services_of(application)
    await services.start()
    add_users(services.store)
    yield application
    await services.stop()


async def test_too_many_failed_sign_ins(limited_app: Any) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=limited_app), base_url="http://testserver") as c:
        assert (await login(c, "operator-user", "wrong")).status_code == 401
        assert (await login(c, "operator-user", "wrong again")).status_code == 401
        r = await login(c, "operator-user", PASSWORD)
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0 and 'id="error"' in r.text
        assert (await c.get("/console")).status_code == 303
