"""fastsql.execute's rows on each backend: a SELECT's and a RETURNING's rows (none when nothing matched), none for a
statement without a result; and the result-status constant it reads instead of psycopg's `description`."""

from __future__ import annotations

import sqlalchemy as sa

from jobgate.store import fastsql
from jobgate.store.engine import Store
from jobgate.store.tables import KEY_SEQUENCE


def test_tuples_ok_is_libpq_s() -> None:
    from psycopg.pq import ExecStatus

    assert fastsql.TUPLES_OK == ExecStatus.TUPLES_OK


def test_rows_of_each_kind_of_statement(fresh_store: Store) -> None:
    seq = KEY_SEQUENCE.c
    select = sa.select(seq.id, seq.next_key).where(seq.id == sa.bindparam("f_id"))
    returning = sa.update(KEY_SEQUENCE).where(seq.id == sa.bindparam("f_id")).values(next_key=seq.next_key).returning(
        seq.id)
    plain = sa.update(KEY_SEQUENCE).where(seq.id == sa.bindparam("f_id")).values(next_key=seq.next_key)
    with fresh_store.write() as conn:
        (row,) = fastsql.execute(conn, ("t", "select"), lambda: select, {"f_id": 1})
        assert row.id == 1 and row.next_key > 0
        assert fastsql.execute(conn, ("t", "select"), lambda: select, {"f_id": 2}) == []
        assert [r.id for r in fastsql.execute(conn, ("t", "returning"), lambda: returning, {"f_id": 1})] == [1]
        assert fastsql.execute(conn, ("t", "returning"), lambda: returning, {"f_id": 2}) == []
        assert fastsql.execute(conn, ("t", "plain"), lambda: plain, {"f_id": 1}) == []
