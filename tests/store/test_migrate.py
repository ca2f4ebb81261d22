"""Alembic migrations: they create the schema the tables describe, keep data on upgrade, and run once."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from jobgate.store import definitions, migrate
from jobgate.store.engine import Store, StoreOutdated, make_engine
from jobgate.store.model import DefinitionSpec, InstanceSpec, TaskSpec
from jobgate.store.tables import JOB
from tests.conftest import BACKENDS, backend_url


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    with backend_url(request.param, tmp_path) as u:
        yield u


def test_migrations_match_the_table_models(url: str) -> None:
    # compare_metadata lists every difference between the migrated schema and app/jobgate/store/tables.py
    # (On PostgreSQL the two due-date indexes are NULLS FIRST expressions, checked separately below.)
    engine = make_engine(url)
    migrate.upgrade(engine)
    postgres = engine.dialect.name == "postgresql"
    special = {"ix_job_bpmn_due", "ix_job_state_due"} if postgres else set()

    def include(obj: object, name: str | None, kind: str, reflected: bool, compare_to: object) -> bool:
        return not (kind == "index" and name in special)

    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include})
        diff = compare_metadata(context, SQLModel.metadata)
        if postgres:
            found = conn.execute(sa.text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'job'"))
            defs = dict(found.all())
            for name in special:
                assert "due_date NULLS FIRST, key" in defs[name], defs[name]
    engine.dispose()
    assert diff == []


def test_upgrade_keeps_existing_data(url: str) -> None:
    engine = make_engine(url)
    migrate.upgrade(engine, "0001")
    assert migrate.current(engine) == "0001"
    store = Store(url)
    with store.write() as conn:
        definitions.deploy(conn, spec=DefinitionSpec(bpmn_process_id="p", tasks=[TaskSpec(element_id="a", type="t")]),
                           now=1000)
        started, _ = definitions.start_instances(conn, spec=InstanceSpec(bpmn_process_id="p", count=3), now=1000)
    migrate.upgrade(engine)
    assert migrate.current(engine) == migrate.head()
    with store.read() as conn:
        keys = conn.execute(sa.select(JOB.c.key).order_by(JOB.c.key)).scalars().all()
    assert keys == [s.jobs[0].key for s in started]
    assert "ix_job_bpmn_due" in {i["name"] for i in sa.inspect(engine).get_indexes("job")}
    store.dispose()
    engine.dispose()


def test_prepare_creates_an_empty_store_and_refuses_an_outdated_one(url: str) -> None:
    store = Store(url)
    store.prepare()  # empty -> created at head
    assert migrate.current(store.engine) == migrate.head()
    with store.write() as conn:
        conn.execute(sa.text("DELETE FROM alembic_version"))
        conn.execute(sa.text("INSERT INTO alembic_version (version_num) VALUES ('0001')"))
    with pytest.raises(StoreOutdated, match="jobgate db upgrade"):
        store.prepare()
    store.dispose()


def _upgrade(url: str) -> None:
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()


def test_concurrent_upgrades_from_several_processes_run_once(url: str) -> None:
    # Four processes upgrade the same empty store at once: the migration lock makes it happen exactly once.
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_upgrade, args=(url,)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    engine = make_engine(url)
    assert migrate.current(engine) == migrate.head()
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM key_sequence")).scalar_one() == 1
    engine.dispose()
