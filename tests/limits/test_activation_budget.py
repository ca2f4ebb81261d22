"""Activation within JOBGATE_MAX_ACTIVATION_BYTES: batches stop at the budget and leave the rest activatable; a
job larger than the budget alone becomes an incident and never blocks its type (both backends)."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import orjson
import pytest
import sqlalchemy as sa

from jobgate.store.engine import Store
from jobgate.store.tables import JOB, PROCESS_INSTANCE
from tests.conftest import Admin

from .conftest import ACTIVATION_BYTES, VARIABLES_BYTES, healthy, job

FILLER = 3000  # bytes of variables per instance: five jobs fit in the 16 KiB budget, six do not


async def start(admin: Admin, process: str, filler: int) -> int:
    started = await admin.start(process, variables={"blob": "x" * filler})
    return int(started["jobs"][0]["key"])


async def activate(client: httpx.AsyncClient, type_: str, n: int = 100, **params: Any) -> httpx.Response:
    r = await client.get("/zeebe/jobs", params={"type": type_, "maxJobsToActivate": n, "requestTimeout": -1,
                                                **params})
    assert r.status_code == 200, r.text
    return r


def keys(r: httpx.Response) -> list[int]:
    return [j["key"] for j in r.json()["data"]["jobs"]]


async def test_a_batch_stops_at_the_budget_and_leaves_the_rest_activatable(
        client: httpx.AsyncClient, admin: Admin, store: Store, uniq: str) -> None:
    await admin.deploy(uniq, tasks=[{"elementId": "a", "type": uniq}])
    created = [await start(admin, uniq, FILLER) for _ in range(12)]
    first = await activate(client, uniq)
    assert len(first.content) <= ACTIVATION_BYTES
    got = keys(first)
    assert got == created[:len(got)] and 1 < len(got) < len(created)
    for key in created[len(got):]:  # given back in the same transaction: no lease, claimable at once
        row = job(store, key)
        assert (row.state, row.worker, row.deadline) == ("activatable", None, None)
    for key in got:
        assert job(store, key).state == "activated"
    rest: list[int] = []
    while len(got) + len(rest) < len(created):
        page = await activate(client, uniq)
        assert keys(page) and len(page.content) <= ACTIVATION_BYTES
        rest += keys(page)
    assert got + rest == created  # FIFO, nothing lost, nothing twice
    assert keys(await activate(client, uniq)) == []


async def test_a_job_larger_than_the_budget_becomes_an_incident(
        client: httpx.AsyncClient, admin: Admin, store: Store, uniq: str, caplog: pytest.LogCaptureFixture) -> None:
    # Variables over the per-instance limit cannot be written any more; big custom headers can (fixtures).
    await admin.deploy(uniq, tasks=[{"elementId": "a", "type": uniq}])
    small = await start(admin, uniq, 10)
    big = await admin.start(uniq, jobs=[{"customHeaders": {f"h{i}": "y" * 1000 for i in range(20)}}])
    big_key = int(big["jobs"][0]["key"])
    after = await start(admin, uniq, 10)
    with caplog.at_level(logging.WARNING, logger="jobgate.limits"):
        got = keys(await activate(client, uniq))
    assert got == [small, after]
    row = job(store, big_key)
    size = len(orjson.dumps(row.custom_headers))
    assert (row.state, row.retries, row.worker, row.deadline) == ("failed", 0, None, None)
    assert row.exception_message.startswith(f"The job with key '{big_key}' can not be activated, because with ")
    assert row.exception_message.endswith(
        " it is larger than the configured message size (per default is 4 MB). Try to reduce the size by reducing "
        "the number of fetched variables or modifying the variable values.")
    assert size > ACTIVATION_BYTES and "KiB it is larger" in row.exception_message
    assert (await admin.instance(int(big["processInstanceKey"])))["state"] == "incident"
    assert sum("JOBGATE_MAX_ACTIVATION_BYTES" in rec.getMessage() for rec in caplog.records) == 1
    # It never blocks the type again: Camunda 7 shows it as an incident, the next jobs come out.
    r = await client.get("/engine-rest/job", params={"jobId": str(big_key), "noRetriesLeft": "true"})
    assert [j["id"] for j in r.json()] == [str(big_key)]
    later = await start(admin, uniq, 10)
    assert keys(await activate(client, uniq)) == [later]
    await healthy(client)


async def test_only_oversize_jobs_first_still_answers_the_others(
        client: httpx.AsyncClient, admin: Admin, store: Store, uniq: str) -> None:
    await admin.deploy(uniq, tasks=[{"elementId": "a", "type": uniq}])
    headers = {f"h{i}": "y" * 1000 for i in range(20)}
    bigs = [int((await admin.start(uniq, jobs=[{"customHeaders": headers}]))["jobs"][0]["key"]) for _ in range(3)]
    small = await start(admin, uniq, 10)
    assert keys(await activate(client, uniq, n=1)) == [small]  # three claims of one job each became incidents
    assert [job(store, k).state for k in bigs] == ["failed"] * 3


async def test_fetch_variables_shrink_a_job_below_the_budget(client: httpx.AsyncClient, admin: Admin,
                                                            uniq: str) -> None:
    await admin.deploy(uniq, tasks=[{"elementId": "a", "type": uniq}])
    keys_ = [await start(admin, uniq, FILLER) for _ in range(8)]
    got = keys(await activate(client, uniq, fetchVariables="other"))
    assert got == keys_  # without the filler every job fits


async def test_unencodable_stored_variables_become_an_incident(
        client: httpx.AsyncClient, admin: Admin, store: Store, uniq: str) -> None:
    """Variables stored before input was checked (a lone surrogate, kept escaped by SQLite's JSON) failed every
    later batch with a 500 after its leases were taken; now that job becomes an incident and the rest come out."""
    if not store.is_sqlite:
        pytest.skip("PostgreSQL never stored such variables")
    await admin.deploy(uniq, tasks=[{"elementId": "a", "type": uniq}])
    bad = await admin.start(uniq)
    good = await start(admin, uniq, 10)
    with store.write() as conn:
        conn.execute(sa.update(PROCESS_INSTANCE).where(PROCESS_INSTANCE.c.key == bad["processInstanceKey"])
                     .values(variables={"x": "\ud800"}))
    assert keys(await activate(client, uniq)) == [good]
    row = job(store, int(bad["jobs"][0]["key"]))
    assert (row.state, row.retries) == ("failed", 0)
    assert "cannot be encoded as JSON" in row.exception_message
    with store.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(JOB).where(
            JOB.c.type == uniq, JOB.c.state == "activated")).scalar_one() == 1


async def test_complete_over_the_variables_limit_is_400_and_changes_nothing(
        client: httpx.AsyncClient, admin: Admin, store: Store, uniq: str) -> None:
    await admin.deploy(uniq, tasks=[{"elementId": "a", "type": uniq}, {"elementId": "b", "type": uniq + "b"}])
    started = await admin.start(uniq, variables={"kept": "k" * (VARIABLES_BYTES // 2)})
    key = keys(await activate(client, uniq))[0]
    before = job(store, key)
    # The command alone is over the limit
    r = await client.patch(f"/zeebe/jobs/{key}",
                           json={"status": "completed", "variables": {"v": "z" * VARIABLES_BYTES}})
    assert r.status_code == 400 and r.json()["data"] is None
    assert r.json()["error"].startswith("Invalid body.variables: the variables take ")
    # The command fits, the merged variables would not
    r = await client.patch(f"/zeebe/jobs/{key}",
                           json={"status": "completed", "variables": {"v": "z" * (VARIABLES_BYTES // 2 + 100)}})
    size = len(orjson.dumps({"kept": "k" * (VARIABLES_BYTES // 2), "v": "z" * (VARIABLES_BYTES // 2 + 100)}))
    assert (r.status_code, r.json()) == (400, {"data": None, "error": (
        f"Cannot complete job with key {key}: the process instance's variables would take {size} bytes as JSON, "
        f"more than the limit of {VARIABLES_BYTES} bytes.")})
    assert job(store, key) == before
    view = await admin.instance(int(started["processInstanceKey"]))
    assert view["variables"] == {"kept": "k" * (VARIABLES_BYTES // 2)} and len(view["jobs"]) == 1
    r = await client.patch(f"/zeebe/jobs/{key}", json={"status": "completed", "variables": {"v": 1}})
    assert r.status_code == 204
