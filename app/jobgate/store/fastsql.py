"""Statements compiled once per shape and run on the driver cursor: the store's hot paths at near-raw speed.

SQLAlchemy Core builds, caches and compiles statements portably, but each execution still costs ~0.3-1 ms of
Python (cache-key generation, parameter processing, Row construction) where the query itself takes ~0.1 ms.
For the hottest queries the store compiles a statement once per (dialect, shape), keeps the SQL text and its
parameter order, and executes it on the DBAPI cursor of the caller's SQLAlchemy connection (same transaction).
Rows come back as light named tuples, so formatters read them like SQLAlchemy rows.
"""

from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict, namedtuple
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql.elements import ClauseElement


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positions: tuple[str, ...] | None  # parameter order for positional paramstyles (SQLite's qmark)
    row: Any  # the namedtuple class of the result columns, or None for statements without rows
    constants: Mapping[str, Any]  # values of the literals in the statement (the same for every call)
    # SQLAlchemy's bind processors of the statement's typed parameters (a JSON column's serialiser, a Boolean on
    # SQLite): applied to the given values, so a row is written exactly as SQLAlchemy writes it. Most have none.
    processors: tuple[tuple[str, Callable[[Any], Any]], ...] = ()


# Bounded (LRU): shapes come from request parameters, so their number must not grow without limit.
# Store calls run on a thread pool. A hit takes no lock (a lock cost as much as the rest of the bookkeeping): its
# get and move_to_end are each atomic under the GIL, and an entry that another thread evicts in between is still
# good to use, so that KeyError is ignored. Inserts and evictions hold `_inserting`, so the size check and the
# popitem of one thread never interleave with another's. Compiling happens outside the lock: two threads may
# both compile a new shape, and the same SQL wins either way.
_cache: OrderedDict[tuple[str, Hashable], _Compiled] = OrderedDict()
_inserting = threading.Lock()
# libpq's PGRES_TUPLES_OK (psycopg.pq.ExecStatus.TUPLES_OK): not imported, so an SQLite store never loads psycopg.
TUPLES_OK = 2
MAX_SHAPES = 1024
# Tests turn this on: every call then also compiles afresh and checks that the cached text and parameters agree,
# which catches a variable value that was built in as a literal (it would be frozen into the cached shape).
VERIFY = False


def _compile(dialect: Dialect, build: Callable[[], ClauseElement]) -> _Compiled:
    compiled = build().compile(dialect=dialect)
    positional = dialect.paramstyle in ("qmark", "numeric", "format")
    positions = tuple(getattr(compiled, "positiontup", None) or ()) if positional else None
    keys = [c[0] for c in getattr(compiled, "_result_columns", [])]
    row = namedtuple("Row", keys, rename=True) if keys else None  # noqa: PYI024
    processors = tuple((name, fn) for name, fn in getattr(compiled, "_bind_processors", {}).items()
                       if isinstance(name, str) and fn is not None)
    return _Compiled(str(compiled), positions, row, dict(compiled.params), processors)


def entry(dialect: Dialect, shape: Hashable, build: Callable[[], ClauseElement]) -> _Compiled:
    """The statement `build()` makes for `shape`, compiled for `dialect` once (see `execute`)."""
    key = (dialect.name, shape)
    entry = _cache.get(key)
    if entry is None:
        entry = _compile(dialect, build)
        with _inserting:
            _cache[key] = entry
            while len(_cache) > MAX_SHAPES:
                _cache.popitem(last=False)
    else:
        try:
            _cache.move_to_end(key)
        except KeyError:  # evicted by another thread since the get: the entry is still good
            pass
    return entry


def arguments(dialect: Dialect, entry: _Compiled, shape: Hashable, build: Callable[[], ClauseElement],
              params: Mapping[str, Any]) -> Any:
    """The driver's arguments for one execution: constants and `params`, processed, in the driver's paramstyle."""
    values = {**entry.constants, **params}
    if VERIFY:
        fresh = build().compile(dialect=dialect)
        expected = {**fresh.params, **params}
        assert str(fresh) == entry.sql and expected == values, f"shape {shape!r} is not a constant statement"
    for name, process in entry.processors:
        values[name] = process(values[name])
    return tuple(values[name] for name in entry.positions) if entry.positions is not None else values


def execute(conn: Connection, shape: Hashable, build: Callable[[], ClauseElement],
            params: Mapping[str, Any]) -> Sequence[Any]:
    """Run the statement `build()` makes for `shape` with `params`; return its rows (or [] without rows).

    `shape` must identify the statement's text: two calls with the same shape must build the same SQL, with
    the same bind parameter names (values may differ). It is made of builtins (tuples, str, int, bool), whose
    hashing and comparison run no Python code, so each cache operation is atomic under the GIL.
    """
    compiled = entry(conn.dialect, shape, build)
    args = arguments(conn.dialect, compiled, shape, build, params)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(compiled.sql, args)
        if compiled.row is None or not has_rows(cursor):
            return []
        make = compiled.row._make
        return [make(r) for r in cursor.fetchall()]
    finally:
        cursor.close()


def has_rows(cursor: Any) -> bool:
    """Whether the statement returned a result set. psycopg builds a Column object per column to answer
    `description` (~45 us for a row of 18 columns, more than the rest of the call), so its result is asked."""
    if not hasattr(cursor, "pgresult"):
        return cursor.description is not None  # sqlite3: a tuple it already has
    result = cursor.pgresult
    return result is not None and result.status == TUPLES_OK


def execute_many(conn: Connection, shape: Hashable, build: Callable[[], ClauseElement],
                 rows: Sequence[Mapping[str, Any]]) -> None:
    """Run the statement `build()` makes for `shape` once per row of parameters (an INSERT of many rows), as
    SQLAlchemy's executemany does; every row must give every parameter the statement has no constant for."""
    if not rows:
        return
    compiled = entry(conn.dialect, shape, build)
    args = [arguments(conn.dialect, compiled, shape, build, row) for row in rows]
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if len(args) == 1:
            cursor.execute(compiled.sql, args[0])
        else:
            cursor.executemany(compiled.sql, args)
    finally:
        cursor.close()


def from_json(value: Any) -> Any:
    """A JSON column's value as read on the driver's cursor: text on SQLite, already decoded on PostgreSQL (psycopg
    loads jsonb). Text is decoded with orjson (~5x the json module, which SQLAlchemy's JSON type uses). Where the two
    differ, the json module decides, so the value is what SQLAlchemy would read: texts orjson refuses (NaN,
    Infinity) and texts with a run of 20 or more digits (orjson reads an integer beyond 64 bits as a float). The
    store's writes refuse all of these; a store written otherwise still reads the same."""
    if not isinstance(value, str | bytes):
        return value
    if _LONG_DIGITS.search(value if isinstance(value, str) else value.decode("utf-8", "replace")):
        return json.loads(value)
    try:
        return orjson.loads(value)
    except orjson.JSONDecodeError:
        return json.loads(value)


_LONG_DIGITS = re.compile(r"\d{20}")
