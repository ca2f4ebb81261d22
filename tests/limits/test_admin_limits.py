"""Admin write limits: variables per instance, bytes per load call, and loads committed in chunks."""

from __future__ import annotations

import httpx
import sqlalchemy as sa

from jobgate.store.engine import Store
from jobgate.store.tables import JOB, PROCESS_INSTANCE
from tests.conftest import Admin

from .conftest import CHUNK_JOBS, LOAD_BYTES, VARIABLES_BYTES, healthy, snapshot


async def test_start_with_variables_over_the_limit(client: httpx.AsyncClient, admin: Admin, store: Store,
                                                   uniq: str) -> None:
    await admin.deploy(uniq)
    before = snapshot(store)
    variables = {"v": "x" * VARIABLES_BYTES}
    r = await client.post("/admin/process-instances", json={"bpmnProcessId": uniq, "variables": variables})
    assert (r.status_code, r.json()) == (400, {
        "type": "about:blank", "title": "Bad Request", "status": 400,
        "detail": f"Invalid body.variables: the variables take {VARIABLES_BYTES + 8} bytes as JSON, more than the "
                  f"limit of {VARIABLES_BYTES} bytes."})
    r = await client.post("/admin/load", json={"instances": [{"bpmnProcessId": uniq, "variables": variables}]})
    assert r.status_code == 400
    assert r.json()["detail"].startswith("Invalid body.instances[0].variables: the variables take ")
    assert snapshot(store) == before
    await admin.start(uniq, variables={"v": "x" * (VARIABLES_BYTES - 8)})  # exactly at the limit


async def test_load_over_the_byte_limit(client: httpx.AsyncClient, admin: Admin, store: Store, uniq: str) -> None:
    await admin.deploy(uniq)
    template = {"bpmnProcessId": uniq, "count": 100, "variables": {"v": "x" * 2000}}
    before = snapshot(store)
    r = await client.post("/admin/load", json={"instances": [template]})
    assert r.status_code == 400 and r.headers["content-type"] == "application/problem+json"
    detail = r.json()["detail"]
    assert detail.startswith(f"One load may store at most {LOAD_BYTES} bytes (asked: about ")
    assert detail.endswith(" bytes, each instance template's JSON size times its count); split it into calls.")
    assert snapshot(store) == before
    r = await client.post("/admin/load", json={"instances": [{**template, "count": 10}]})
    assert r.status_code == 201
    await healthy(client)


async def test_load_keeps_its_count_bounds(client: httpx.AsyncClient, uniq: str) -> None:
    body = {"instances": [{"bpmnProcessId": uniq, "count": 50_001}, {"bpmnProcessId": uniq, "count": 50_000}]}
    r = await client.post("/admin/load", json=body)
    assert r.status_code == 400 and "at most 100000 instances" in r.json()["detail"]


async def test_load_in_chunks_starts_everything(client: httpx.AsyncClient, admin: Admin, store: Store,
                                                uniq: str) -> None:
    tasks = [{"elementId": "a", "type": uniq}, {"elementId": "b", "type": uniq + "-b"}]
    body = {"definitions": [{"bpmnProcessId": uniq, "tasks": tasks}],
            "instances": [{"bpmnProcessId": uniq, "count": 4 * CHUNK_JOBS + 3},
                          {"bpmnProcessId": uniq, "count": 5, "jobs": [{}, {"elementId": "b"}, {}]}]}
    r = await client.post("/admin/load", json=body)
    assert (r.status_code, r.json()) == (201, {"definitions": 1, "instances": 4 * CHUNK_JOBS + 8,
                                               "jobs": 4 * CHUNK_JOBS + 3 + 15})
    with store.read() as conn:
        instances = conn.execute(sa.select(PROCESS_INSTANCE.c.key).where(
            PROCESS_INSTANCE.c.bpmn_process_id == uniq)).scalars().all()
        jobs = conn.execute(sa.select(JOB.c.key).where(JOB.c.bpmn_process_id == uniq)).scalars().all()
    assert len(set(instances)) == 4 * CHUNK_JOBS + 8 and len(set(jobs)) == 4 * CHUNK_JOBS + 18


async def test_a_bad_template_anywhere_writes_nothing(client: httpx.AsyncClient, admin: Admin, store: Store,
                                                      uniq: str) -> None:
    await admin.deploy(uniq)
    before = snapshot(store)
    body = {"definitions": [{"bpmnProcessId": uniq + "-2", "tasks": [{"elementId": "a", "type": "t"}]}],
            "instances": [{"bpmnProcessId": uniq, "count": 10 * CHUNK_JOBS},
                          {"bpmnProcessId": uniq, "jobs": [{"elementId": "nope"}]}]}
    r = await client.post("/admin/load", json=body)
    assert r.status_code == 400
    assert snapshot(store) == before
