"""What leaves the service: error bodies carry no SQL, hosts or Python text; logs carry no SQL parameters; a
flood of one message becomes one line per interval."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import sqlalchemy as sa

from jobgate.logfilter import RepeatFilter
from jobgate.store.engine import Store
from tests.conftest import sqlite_url
from tests.faults.conftest import running_app

SECRET = "secret-variable-value-42"


def test_sql_errors_never_carry_their_parameters(tmp_path: Path) -> None:
    store = Store(sqlite_url(tmp_path))
    try:
        store.create_schema()
        with pytest.raises(sa.exc.StatementError) as caught, store.engine.connect() as conn:
            conn.execute(sa.text("INSERT INTO no_such_table VALUES (:v)"), {"v": SECRET})
        assert SECRET not in str(caught.value)
    finally:
        store.dispose()


async def test_a_500_is_logged_once_with_its_request_id_and_no_body(tmp_path: Path,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    async with running_app(database_url=sqlite_url(tmp_path)) as (app, c):
        from jobgate.main import services_of

        def broken(*_args: object, **_kw: object) -> None:
            raise RuntimeError("boom")

        services_of(app).store.reading = broken  # type: ignore[method-assign, assignment]
        r = await c.get("/engine-rest/job/count", headers={"X-Request-ID": "req-500"})
        assert r.status_code == 500
        assert r.json() == {"type": "ProcessEngineException", "message": "An internal error occurred."}
        assert "boom" not in r.text and r.headers["x-request-id"] == "req-500"
    mine = [rec for rec in caplog.records if "req-500" in rec.getMessage()]
    assert len(mine) == 1 and mine[0].exc_info is not None


async def test_bad_json_numbers_get_no_python_text(tmp_path: Path) -> None:
    async with running_app(database_url=sqlite_url(tmp_path)) as (_app, c):
        body = '{"status": "failed", "retries": ' + "9" * 5000 + "}"
        r = await c.patch("/zeebe/jobs/1", content=body, headers={"content-type": "application/json"})
        assert r.status_code == 400 and "sys." not in r.text and "digits" in r.text


def test_repeat_filter_collapses_a_flood() -> None:
    repeat = RepeatFilter(interval=60)
    logger = logging.getLogger("jobgate.test-flood")

    def record(i: int) -> logging.LogRecord:
        return logger.makeRecord(logger.name, logging.ERROR, __file__, 1, "accept failed: %s", (i,), None)

    passed = [repeat.filter(record(i)) for i in range(1000)]
    assert passed.count(True) == 1
    repeat.interval = 0.0
    assert repeat.filter(record(1001))
