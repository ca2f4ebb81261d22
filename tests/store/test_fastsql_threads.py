"""The shape cache of app/jobgate/store/fastsql.py under threads (store calls run on anyio's thread pool).

Half the threads use one hot shape (hits), the others cycle through more shapes than the cache holds (misses,
each evicting the oldest entry), so hits, inserts and evictions interleave. Before the cache was made thread-safe,
a hit could find its entry, lose it to another thread's eviction and fail with a KeyError in move_to_end: the
bookkeeping test failed in 20 of 20 runs at 50,000 calls per thread (18 of 20 at 20,000, with 1 to 76 failed
calls a run).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa

from jobgate.store import fastsql
from jobgate.store.engine import make_engine

THREADS = 8
SHAPES = 10


@pytest.fixture()
def tight_cache(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A one-entry cache and a thread switch after every few bytecodes: every race window gets its chance."""
    monkeypatch.setattr(fastsql, "MAX_SHAPES", 1)
    monkeypatch.setattr(fastsql, "VERIFY", False)
    saved = dict(fastsql._cache)
    fastsql._cache.clear()
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)
        fastsql._cache.clear()
        fastsql._cache.update(saved)


def _shape_of(seed: int, n: int) -> int:
    """Odd threads hit shape 0 again and again; even threads cycle through the others (always a miss)."""
    return 0 if seed % 2 else 1 + n % (SHAPES - 1)


def _run_threads(work: Callable[[int], None]) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def run(seed: int) -> None:
        start.wait()
        try:
            work(seed)
        except BaseException as exc:  # any failure in a worker must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


class _Cursor:
    description = None

    def execute(self, sql: str, args: Any) -> None:
        return None

    def close(self) -> None:
        return None


def test_cache_bookkeeping_under_threads(tight_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bookkeeping only: a stub connection and instant compiles make every call a cache operation."""
    monkeypatch.setattr(fastsql, "_compile", lambda conn, build: fastsql._Compiled(str(build()), None, None, {}))
    conn: Any = SimpleNamespace(dialect=SimpleNamespace(name="stub"),
                                connection=SimpleNamespace(driver_connection=SimpleNamespace(cursor=_Cursor)))
    failures: list[BaseException] = []

    def hammer(seed: int) -> None:
        for n in range(50_000):
            i = _shape_of(seed, n)
            try:
                fastsql.execute(conn, ("race", i), lambda i=i: f"SELECT {i}", {})  # type: ignore[arg-type,return-value]
            except KeyError as exc:
                failures.append(exc)

    errors = _run_threads(hammer)
    assert not errors, f"a worker failed: {errors[0]!r}"
    assert not failures, f"{len(failures)} calls failed, first: {failures[0]!r}"
    assert len(fastsql._cache) <= fastsql.MAX_SHAPES


def test_real_statements_under_threads(tmp_path: Path, tight_cache: None) -> None:
    """The same mix on SQLite: every call runs its own shape's statement and gets its rows."""
    engine = make_engine(f"sqlite:///{tmp_path / 'shapes.db'}", pool_size=THREADS)
    wrong: list[tuple[int, Any]] = []

    def hammer(seed: int) -> None:
        with engine.connect() as conn:
            for n in range(500):
                i = _shape_of(seed, n)
                rows = fastsql.execute(conn, ("race", i), lambda i=i: sa.select(sa.literal_column(str(i)).label("v")),
                                       {})
                if [tuple(r) for r in rows] != [(i,)]:
                    wrong.append((i, rows))

    errors = _run_threads(hammer)
    engine.dispose()
    assert not errors, f"{len(errors)} of {THREADS} threads failed, first: {errors[0]!r}"
    assert not wrong, f"a shape ran another shape's statement: {wrong[:3]}"
