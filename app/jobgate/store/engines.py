"""The SQLAlchemy engine of each backend, with the settings it needs."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool, StaticPool

from jobgate.store.guard import StoreTimeouts, install_watch_hooks, postgres_connect_args
from jobgate.store.sqlite_setup import sqlite_setup


def make_engine(url: str, *, pool_size: int = 8, timeouts: StoreTimeouts | None = None,
                unpooled: bool = False) -> Engine:
    """Create an engine with the settings each backend needs (SQL parameters are never put into error texts).
    `unpooled`: each connection is closed when given back (an SQLite file's scans: Store.scanning)."""
    timeouts = timeouts or StoreTimeouts()
    u = sa.engine.make_url(url)
    if u.get_backend_name() == "sqlite":
        kw: dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": timeouts.busy}}
        if u.database in (None, "", ":memory:"):
            kw["poolclass"] = StaticPool
        elif unpooled:
            kw["poolclass"] = NullPool
        else:
            kw["pool_size"] = pool_size
            kw["max_overflow"] = pool_size
            kw["pool_timeout"] = timeouts.pool
        engine = sa.create_engine(u, hide_parameters=True, **kw)
        sqlite_setup(engine, timeouts)
        return engine
    engine = sa.create_engine(u, pool_size=pool_size, max_overflow=pool_size,
                              pool_timeout=timeouts.pool, hide_parameters=True,
                              connect_args=postgres_connect_args(u, timeouts))
    install_watch_hooks(engine)
    return engine
