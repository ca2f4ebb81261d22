"""Fault tests: real servers and databases on 127.0.0.1, each test bounded in time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from jobgate.main import create_app, services_of
from jobgate.settings import Settings


@asynccontextmanager
async def running_app(**settings: Any) -> AsyncIterator[tuple[Any, httpx.AsyncClient]]:
    """The real ASGI app, started, with an httpx client on it."""
    app = create_app(Settings(**settings))
    services = services_of(app)
    await services.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            yield app, client
    finally:
        await services.stop()
