"""Limits tests (docs/design.md): the shared app fixtures with small limits, and helpers."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from jobgate.settings import Settings
from jobgate.store.engine import Store
from jobgate.store.tables import JOB, JOB_DEFINITION, KEY_SEQUENCE, PROCESS_DEFINITION, PROCESS_INSTANCE

QUERY_MAX = 40
ACTIVATION_BYTES = 16 * 1024
VARIABLES_BYTES = 4096
LOAD_BYTES = 200_000
CHUNK_JOBS = 7


@pytest.fixture(scope="module")
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, validate_responses=True, long_poll_timeout_ms=2000,
                    probe_interval_ms=50, query_max_results=QUERY_MAX, query_max_conditions=10,
                    max_activation_bytes=ACTIVATION_BYTES, max_variables_bytes=VARIABLES_BYTES,
                    max_load_bytes=LOAD_BYTES, load_chunk_jobs=CHUNK_JOBS)


def snapshot(store: Store) -> list[Any]:
    """Every row of every table (and the key sequence): equal before and after means nothing was written."""
    with store.read() as conn:
        return [conn.execute(sa.select(t).order_by(*t.primary_key.columns)).all()
                for t in (JOB, JOB_DEFINITION, PROCESS_DEFINITION, PROCESS_INSTANCE, KEY_SEQUENCE)]


async def send(client: httpx.AsyncClient, method: str, path: str, body: Any) -> httpx.Response:
    """A JSON body written with ASCII escapes, so lone surrogates travel as `\\ud800` (as a client sends them)."""
    return await client.request(method, path, content=json.dumps(body),
                                headers={"content-type": "application/json"})


async def healthy(client: httpx.AsyncClient) -> None:
    r = await client.get("/health")
    assert r.status_code == 200 and r.json() == {"status": "ok"}


def job(store: Store, key: int) -> Any:
    with store.read() as conn:
        return conn.execute(sa.select(JOB).where(JOB.c.key == key)).one()
