"""Key allocation: one int64 sequence per store, starting at 2**51 + 1 (exact in JavaScript)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import fastsql
from jobgate.store.tables import KEY_SEQUENCE

MAX_KEY = 2**53 - 1
# Built once, run on the driver's cursor (jobgate.store.fastsql): every start and every completed step allocates.
_ALLOCATE = (
    sa.update(KEY_SEQUENCE)
    .where(KEY_SEQUENCE.c.id == 1)
    .values(next_key=KEY_SEQUENCE.c.next_key + sa.bindparam("f_n", type_=sa.BigInteger()))
    .returning(KEY_SEQUENCE.c.next_key)
)


def allocate(conn: Connection, n: int = 1) -> int:
    """Reserve n consecutive keys inside the caller's write transaction; return the first one."""
    if n < 1:
        raise ValueError("n must be >= 1")
    rows = fastsql.execute(conn, "allocate_keys", lambda: _ALLOCATE, {"f_n": n})
    if not rows:  # as SQLAlchemy's scalar_one: the sequence row is missing (a store not migrated)
        raise sa.exc.NoResultFound("No row was found when one was required")
    after = rows[0][0]
    first = int(after) - n
    if after - 1 > MAX_KEY:
        raise OverflowError("key space exhausted")
    return first
