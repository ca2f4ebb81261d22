"""Shared fixtures: a real SQLite file per module, the real ASGI app, and an admin helper."""

from __future__ import annotations

import contextlib
import functools
import inspect
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from jobgate.store import fastsql
from jobgate.store.engine import Store

# Every cached statement is checked against a fresh build (a value frozen into a cached shape would fail).
fastsql.VERIFY = True

POSTGRES_URL = os.environ.get("JOBGATE_TEST_POSTGRES_URL")
# In CI a PostgreSQL test that cannot run fails the run instead of skipping (issue 17): half the suite skipped
# silently while CI stayed green. Locally such tests skip, with the reason.
IN_CI = os.environ.get("CI") == "true"


@functools.cache
def postgres_unavailable() -> str | None:
    """Why the PostgreSQL variants cannot run here, or None when they can (checked once per session)."""
    if not POSTGRES_URL:
        return "JOBGATE_TEST_POSTGRES_URL is not set"
    shown = sa.make_url(POSTGRES_URL).render_as_string(hide_password=True)
    engine = sa.create_engine(POSTGRES_URL, connect_args={"connect_timeout": 5}, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception as exc:  # any failure to connect means the variants cannot run: say which and why
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return f"PostgreSQL at JOBGATE_TEST_POSTGRES_URL={shown} is unreachable: {detail}"
    finally:
        engine.dispose()
    return None


@pytest.hookimpl(trylast=True)  # after -k/-m deselection: only the tests that will run count
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `postgres` skip with the reason when PostgreSQL is unavailable, or fail the run in CI."""
    needing = [item for item in items if item.get_closest_marker("postgres") is not None]
    reason = postgres_unavailable() if needing else None
    if reason is None:
        return
    if IN_CI:
        raise pytest.UsageError(
            f"CI=true and {len(needing)} PostgreSQL tests cannot run: {reason}. In CI every PostgreSQL variant "
            "must run: .ci/run starts PostgreSQL and creates its database; outside .ci/run set "
            "JOBGATE_TEST_POSTGRES_URL to a database you may create schemas in "
            "(e.g. postgresql+psycopg://postgres@127.0.0.1:5432/jobgate_tests), or unset CI to skip them.")
    skip = pytest.mark.skip(reason=reason)
    for item in needing:
        item.add_marker(skip)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: Any) -> None:
    """Run every coroutine test on anyio's asyncio backend without marking each one."""
    if name.startswith("test") and inspect.iscoroutinefunction(obj):
        pytest.mark.anyio(obj)


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


def sqlite_url(directory: Path) -> str:
    return f"sqlite:///{directory / 'jobgate.db'}"


@contextlib.contextmanager
def postgres_schema() -> Iterator[str]:
    """A fresh schema on the test PostgreSQL database; yields a URL whose connections use it."""
    assert POSTGRES_URL
    name = "t_" + uuid.uuid4().hex[:12]
    admin_engine = sa.create_engine(POSTGRES_URL)
    with admin_engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{name}"'))
    url = sa.make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={name}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin_engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{name}" CASCADE'))
        admin_engine.dispose()


@contextlib.contextmanager
def backend_url(backend: str, directory: Path) -> Iterator[str]:
    """The URL of a fresh, empty store of a backend: a SQLite file in `directory`, or a new PostgreSQL schema."""
    if backend == "sqlite":
        yield sqlite_url(directory)
    else:
        with postgres_schema() as url:
            yield url


BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture(scope="module", params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh, empty store per test module: a SQLite file, and (when configured) a PostgreSQL schema."""
    with backend_url(request.param, tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture(scope="module")
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, validate_responses=True, long_poll_timeout_ms=2000,
                    probe_interval_ms=50)


@pytest.fixture(scope="module")
async def app(settings: Settings) -> AsyncIterator[Any]:
    application = create_app(settings)
    services = services_of(application)
    await services.start()
    yield application
    await services.stop()


@pytest.fixture(scope="module")
async def client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
        yield c


@pytest.fixture(scope="module")
def store(app: Any) -> Store:
    return services_of(app).store


@pytest.fixture
def uniq() -> str:
    """A unique prefix, so tests sharing a module's store never see each other's data."""
    return "t" + uuid.uuid4().hex[:10]


class Admin:
    """Small helper over the real admin API."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def deploy(self, bpmn_process_id: str, tasks: list[dict[str, Any]] | None = None, **extra: Any
                     ) -> dict[str, Any]:
        body = {"bpmnProcessId": bpmn_process_id, "tasks": tasks or [{"elementId": "task", "type": "work"}], **extra}
        r = await self.client.post("/admin/process-definitions", json=body)
        assert r.status_code == 201, r.text
        return dict(r.json())

    async def start(self, bpmn_process_id: str | None = None, **extra: Any) -> dict[str, Any]:
        body: dict[str, Any] = dict(extra)
        if bpmn_process_id is not None:
            body["bpmnProcessId"] = bpmn_process_id
        r = await self.client.post("/admin/process-instances", json=body)
        assert r.status_code == 201, r.text
        return dict(r.json())

    async def instance(self, key: int) -> dict[str, Any]:
        r = await self.client.get(f"/admin/process-instances/{key}")
        assert r.status_code == 200, r.text
        return dict(r.json())


@pytest.fixture(scope="module")
def admin(client: httpx.AsyncClient) -> Admin:
    return Admin(client)


@pytest.fixture(params=BACKENDS)
def fresh_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh store of each backend (SQLite always; PostgreSQL when JOBGATE_TEST_POSTGRES_URL is set)."""
    with backend_url(request.param, tmp_path) as url:
        s = Store(url)
        s.create_schema()
        yield s
        s.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """A fresh store on its own SQLite file (for store-level tests)."""
    s = Store(sqlite_url(tmp_path))
    s.create_schema()
    yield s
    s.dispose()
