"""Store.scanning: a read that visits much of the store runs, on an SQLite file, on a connection of its own that
is closed afterwards (so its pages do not stay in a pooled connection's cache); elsewhere it is a plain read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from jobgate.store.engine import Store
from jobgate.store.status import count_by_state

from .test_activation import make_jobs


@pytest.fixture
def file_store(tmp_path: Path) -> Any:
    store = Store(f"sqlite:///{tmp_path / 'scan.db'}", pool_size=2, threads=2)
    store.create_schema()
    yield store
    store.dispose()


async def test_a_scan_uses_no_pooled_connection_and_closes_its_own(file_store: Store) -> None:
    make_jobs(file_store, "scan", count=7)
    pooled: list[str] = []
    closed: list[str] = []
    event.listen(file_store.engine, "checkout", lambda *_: pooled.append("checkout"))
    assert file_store._scan_engine is not None
    event.listen(file_store._scan_engine, "close", lambda *_: closed.append("close"))
    counted = await file_store.scanning(count_by_state)
    assert sum(counted.values()) == 7
    assert pooled == [] and closed == ["close"]
    assert counted == await file_store.reading(count_by_state)  # the same answer as a pooled read


async def test_an_in_memory_store_scans_on_its_one_connection() -> None:
    store = Store("sqlite://", pool_size=1, threads=1)
    store.create_schema()
    try:
        assert store._scan_engine is None
        make_jobs(store, "scan", count=3)
        assert sum((await store.scanning(count_by_state)).values()) == 3
    finally:
        store.dispose()
