"""The `clients` fixture: the four generated clients on the module's in-process app, with a record of the calls."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from .support import Calls, Clients, async_clients


@pytest.fixture
async def clients(app: Any) -> AsyncIterator[Clients]:
    made, opened = async_clients(app, Calls())
    try:
        yield made
    finally:
        for http in opened:
            await http.aclose()
