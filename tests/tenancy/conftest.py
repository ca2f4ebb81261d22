"""Fixtures of the tenant tests: the real app behind the test-principal wrapper, on each backend."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from jobgate.main import services_of

from .support import with_test_principals


@pytest.fixture(scope="module")
async def client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    """Like the shared client, but requests may name a principal with the X-Test-Principal header."""
    transport = httpx.ASGITransport(app=with_test_principals(app))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture(scope="module")
def hub(app: Any) -> Any:
    return services_of(app).hub
