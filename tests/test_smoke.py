"""The app starts, answers /health and /metrics, and renders unknown paths in each dialect's shape."""

from __future__ import annotations

import httpx


async def test_health(client: httpx.AsyncClient) -> None:
    r = await client.get("/health")
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}


async def test_metrics_counts_requests(client: httpx.AsyncClient) -> None:
    await client.get("/engine-rest/job/count")
    r = await client.get("/metrics")
    assert r.status_code == 200
    assert 'jobgate_http_requests_total{dialect="camunda7",method="GET",status="200"}' in r.text


async def test_unknown_paths_in_dialect_shape(client: httpx.AsyncClient) -> None:
    r = await client.get("/engine-rest/nothing")
    assert r.status_code == 404 and r.json()["type"] == "InvalidRequestException"
    r = await client.get("/zeebe/nothing")
    assert r.status_code == 404 and r.json() == {"data": None, "error": r.json()["error"]}
    r = await client.get("/process/api/v1/nothing")
    assert r.status_code == 404 and r.json()["o:errorCode"] == "OPA-404"
    r = await client.get("/admin/nothing")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
