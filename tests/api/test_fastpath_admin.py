"""POST /admin/process-instances on the fast path (app/jobgate/api/fastpath.py) answers exactly as Connexion's
strict path does: the same status, headers and body for every valid and every refused request.

The fast and the Connexion app each have their own store, set up alike, so the keys of the started instances
are the same on both sides.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from jobgate.main import services_of
from tests.api.test_fastpath import Pair, _side, same
from tests.conftest import BACKENDS, backend_url

URL = "/admin/process-instances"
JSON = {"content-type": "application/json"}
MAX_VARIABLES_BYTES = 2048


@pytest.fixture(params=BACKENDS)
async def deployed(request: pytest.FixtureRequest, tmp_path: Path, uniq: str) -> AsyncIterator[Pair]:
    """Fast and Connexion apps, each on its own fresh store with the same definitions."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with backend_url(request.param, tmp_path / "a") as one, backend_url(request.param, tmp_path / "b") as two:
        (fast_app, fast), (slow_app, slow) = (await _side(one, True, max_variables_bytes=MAX_VARIABLES_BYTES),
                                              await _side(two, False, max_variables_bytes=MAX_VARIABLES_BYTES))
        pair = Pair(fast, slow)
        await _deploy(pair, uniq)
        yield pair
        for app, side in ((fast_app, fast), (slow_app, slow)):
            await side.client.aclose()
            await services_of(app).stop()


async def _deploy(pair: Pair, uniq: str) -> None:
    for side in (pair.fast, pair.slow):
        for tenant in ({}, {"tenantId": "ta"}, {}):
            r = await side.client.post("/admin/process-definitions", json={
                "bpmnProcessId": uniq, **tenant, "tasks": [{"elementId": "a", "type": uniq},
                                                           {"elementId": "b", "type": f"{uniq}-b"}]})
            assert r.status_code == 201, r.text


async def test_valid_starts_take_the_fast_path_and_answer_the_same(deployed: Pair, uniq: str) -> None:
    definition = (await deployed.fast.client.post(URL, json={"bpmnProcessId": uniq})).json()["processDefinitionKey"]
    assert (await deployed.slow.client.post(URL, json={"bpmnProcessId": uniq})).status_code == 201
    bodies = [
        {"bpmnProcessId": uniq}, {"bpmnProcessId": uniq, "version": 1}, {"bpmnProcessId": uniq, "tenantId": "ta"},
        {"bpmnProcessId": uniq, "tenantId": None, "businessKey": None},
        {"processDefinitionKey": definition}, {"processDefinitionKey": definition, "bpmnProcessId": uniq},
        {"bpmnProcessId": uniq, "businessKey": "order-1", "variables": {"n": 1, "s": "é", "l": [None, {"x": 1.5}]}},
        {"bpmnProcessId": uniq, "jobs": [{}, {"elementId": "b", "state": "failed", "exceptionMessage": "boom",
                                              "customHeaders": {"h": "v"}}, {"state": "activated", "worker": "w"}]},
        {"bpmnProcessId": uniq, "jobs": []},
    ]
    for body in bodies:
        a, b, fast = await deployed.both("POST", URL, json=body)
        same(a, b)
        assert a.status_code == 201 and fast, (body, a.text)
    a, b, fast = await deployed.both("POST", URL, content=json.dumps({"bpmnProcessId": uniq}).encode(),
                                     headers={"content-type": "application/json; charset=utf-8"})
    same(a, b)
    assert a.status_code == 201 and fast


async def test_every_refused_start_answers_as_connexion_does(deployed: Pair, uniq: str) -> None:
    refused_by_the_store = [  # valid for the spec: the fast path serves them, the handler and store refuse
        {"bpmnProcessId": "nope"}, {"bpmnProcessId": uniq, "version": 9}, {"bpmnProcessId": uniq, "tenantId": "x"},
        {"processDefinitionKey": 1}, {}, {"variables": {}}, {"bpmnProcessId": uniq, "jobs": [{"elementId": "zz"}]},
    ]
    for body in refused_by_the_store:
        a, b, fast = await deployed.both("POST", URL, json=body)
        same(a, b)
        assert a.status_code in (400, 404) and fast, (body, a.text)
    refused_by_the_spec = [
        {"bpmnProcessId": ""}, {"bpmnProcessId": 1}, {"bpmnProcessId": uniq, "extra": 1},
        {"bpmnProcessId": uniq, "version": 0}, {"bpmnProcessId": uniq, "version": "1"},
        {"bpmnProcessId": uniq, "version": 2147483648}, {"processDefinitionKey": 0},
        {"processDefinitionKey": 9223372036854775808}, {"bpmnProcessId": uniq, "variables": []},
        {"bpmnProcessId": uniq, "variables": None}, {"bpmnProcessId": uniq, "jobs": {}},
        {"bpmnProcessId": uniq, "jobs": [{"state": "nope"}]}, {"bpmnProcessId": uniq, "jobs": [{"bad": 1}]},
        {"bpmnProcessId": uniq, "jobs": [{}] * 1001}, {"bpmnProcessId": uniq, "businessKey": "k" * 256},
        {"bpmnProcessId": "x" * 256}, [], None, 1, "x",
    ]
    for body in refused_by_the_spec:
        a, b, _fast = await deployed.both("POST", URL, content=json.dumps(body).encode(), headers=JSON)
        same(a, b)
        assert a.status_code == 400, (body, a.text)
    raw = [
        (JSON, b""), (JSON, b"{bad"), (JSON, b'{"bpmnProcessId": NaN}'), (JSON, b'{"variables": {"n": 1e400}}'),
        (JSON, b'{"bpmnProcessId": "\xff"}'), ({}, b'{"bpmnProcessId": "p"}'),
        ({"content-type": "text/plain"}, b'{"bpmnProcessId": "p"}'),
        ({"content-type": "application/json; charset=latin-1"}, b'{"bpmnProcessId": "p"}'),
        ({"content-type": "Application/JSON"}, json.dumps({"bpmnProcessId": uniq}).encode()),
        ({"content-type": "application/x-www-form-urlencoded"}, b"bpmnProcessId=p"),
    ]
    for headers, content in raw:
        a, b, _fast = await deployed.both("POST", URL, content=content, headers=headers)
        same(a, b)
        assert a.status_code in (201, 400, 404, 415), (headers, content, a.text)
    for query in ("x=1", "bpmnProcessId=p"):  # strict validation: an unknown query parameter is a 400
        a, b, fast = await deployed.both("POST", f"{URL}?{query}", json={"bpmnProcessId": uniq})
        same(a, b)
        assert a.status_code == 400 and not fast, a.text


async def test_the_variables_limit_answers_as_connexion_does(deployed: Pair, uniq: str) -> None:
    big = {"bpmnProcessId": uniq, "variables": {"s": "x" * MAX_VARIABLES_BYTES}}
    a, b, fast = await deployed.both("POST", URL, json=big)
    same(a, b)
    assert a.status_code == 400 and "more than the limit of 2048 bytes" in a.text and fast, a.text
    a, b, fast = await deployed.both("POST", URL, json={"bpmnProcessId": uniq, "variables": {"s": "x" * 2000}})
    same(a, b)
    assert a.status_code == 201 and fast, a.text
