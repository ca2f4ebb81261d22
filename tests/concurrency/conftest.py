"""The `servers` fixture: starts real servers and stops every one of them (SIGTERM, then SIGKILL), also when
a test fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .support import Servers


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[Servers]:
    s = Servers(tmp_path)
    try:
        yield s
    finally:
        for server in s.started:
            server.stop()
