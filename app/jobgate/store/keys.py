"""Key allocation: one int64 sequence per store, starting at 2**51 + 1 (exact in JavaScript)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store.tables import KEY_SEQUENCE

MAX_KEY = 2**53 - 1


def allocate(conn: Connection, n: int = 1) -> int:
    """Reserve n consecutive keys inside the caller's write transaction; return the first one."""
    if n < 1:
        raise ValueError("n must be >= 1")
    seq = KEY_SEQUENCE
    stmt = (
        sa.update(seq)
        .where(seq.c.id == 1)
        .values(next_key=seq.c.next_key + n)
        .returning(seq.c.next_key)
    )
    after = conn.execute(stmt).scalar_one()
    first = int(after) - n
    if after - 1 > MAX_KEY:
        raise OverflowError("key space exhausted")
    return first
