"""Pings at checkout (app/jobgate/store/guard.py, install_watch_hooks) on a real PostgreSQL: a connection in steady
use is not pinged; one that sat idle longer than PING_IDLE_S is, and when its server process has gone it is
replaced before use; one that died within that time fails its statement as an outage, and the next checkout gets
a fresh connection."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from jobgate.store import guard
from jobgate.store.engine import make_engine

from ..conftest import POSTGRES_URL, postgres_schema

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="JOBGATE_TEST_POSTGRES_URL is not set")
IDLE = 0.3


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Engine, list[int]]]:
    monkeypatch.setattr(guard, "PING_IDLE_S", IDLE)
    with postgres_schema() as url:
        engine = make_engine(url, pool_size=1)
        pings: list[int] = []
        ping = engine.dialect.do_ping

        def counted(dbapi_conn: Any) -> bool:
            pings.append(1)
            return bool(ping(dbapi_conn))

        engine.dialect.do_ping = counted  # type: ignore[method-assign]
        yield engine, pings
        engine.dispose()


def _backend(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())


def _terminate(pid: int) -> None:
    assert POSTGRES_URL
    admin = sa.create_engine(POSTGRES_URL, poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        assert conn.exec_driver_sql(f"SELECT pg_terminate_backend({pid})").scalar_one()
    admin.dispose()
    time.sleep(0.1)


def test_a_connection_in_steady_use_is_not_pinged(engine: tuple[Engine, list[int]]) -> None:
    db, pings = engine
    first = _backend(db)
    for _ in range(20):
        assert _backend(db) == first
    assert pings == []
    time.sleep(IDLE + 0.1)
    assert _backend(db) == first and len(pings) == 1  # idle past PING_IDLE_S: pinged once, then in use again
    assert _backend(db) == first and len(pings) == 1


def test_an_idle_connection_whose_server_went_away_is_replaced_before_use(engine: tuple[Engine, list[int]]) -> None:
    db, pings = engine
    gone = _backend(db)
    _terminate(gone)
    time.sleep(IDLE)
    assert _backend(db) != gone  # the ping failed: a new connection served the statement
    assert len(pings) >= 1


def test_a_connection_that_died_in_steady_use_fails_once_then_the_pool_recovers(
        engine: tuple[Engine, list[int]]) -> None:
    db, _pings = engine
    gone = _backend(db)
    _terminate(gone)
    with pytest.raises(guard.outages()):
        _backend(db)
    assert _backend(db) != gone
