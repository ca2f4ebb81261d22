"""`jobgate serve --log-format json --access-log`: real stderr, one JSON object per line, no secrets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from tests.servers import free_port, wait_for_health

SECRET_PASSWORD = "s3cret-Passw0rd"
SECRET_TOKEN = "tok-9f8e7d6c5b4a"
SECRET_VALUE = "variable-value-4711"
SECRET_QUERY = "query-value-0815"


def _serve(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBGATE_")}
    cmd = [sys.executable, "-m", "jobgate.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--database-url", f"sqlite:///{tmp_path}/logs.db", *args]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return proc, f"http://127.0.0.1:{port}"


def _stop(proc: subprocess.Popen[bytes]) -> str:
    proc.terminate()
    _, err = proc.communicate(timeout=30)
    return err.decode()


def test_json_access_log(tmp_path: Path) -> None:
    proc, url = _serve(tmp_path, "--log-format", "json", "--access-log")
    try:
        wait_for_health(url, proc)
        with httpx.Client(base_url=url, timeout=10) as c:
            auth = {"Authorization": f"Basic {SECRET_PASSWORD}"}
            r = c.post("/admin/process-definitions", headers=auth,
                       json={"bpmnProcessId": "logs", "tasks": [{"elementId": "a", "type": "logs"}]})
            assert r.status_code == 201, r.text
            r = c.post("/admin/process-instances", headers={"Authorization": f"Bearer {SECRET_TOKEN}"},
                       json={"bpmnProcessId": "logs", "variables": {"secret": SECRET_VALUE}})
            assert r.status_code == 201, r.text
            r = c.get("/engine-rest/job", params={"processInstanceId": SECRET_QUERY},
                      headers={"X-Request-ID": "req-logs-1"})
            assert r.status_code == 200
            assert c.get("/zeebe/jobs", params={"type": "logs", "requestTimeout": -1}).status_code == 200
            assert c.patch("/zeebe/jobs/1", json={"status": "completed"}).status_code == 404
            time.sleep(0.2)
    finally:
        err = _stop(proc)
    lines = [line for line in err.splitlines() if line.strip()]
    entries: list[dict[str, Any]] = [json.loads(line) for line in lines]  # every line is one JSON object
    for entry in entries:
        assert {"time", "level", "logger", "message"} <= set(entry), entry
    access = [e for e in entries if e["logger"] == "jobgate.access"]
    assert len(access) >= 6  # health polls plus the five requests
    by_id = {e.get("request_id"): e for e in access}
    listed = by_id["req-logs-1"]
    assert listed["message"].startswith("GET /engine-rest/job 200 ")
    assert (listed["dialect"], listed["operation"], listed["status"]) == ("camunda7", "get_jobs", 200)
    assert isinstance(listed["duration_ms"], float)
    missing = next(e for e in access if e["message"].startswith("PATCH /zeebe/jobs/1 404"))
    assert (missing["operation"], missing["status"], missing["dialect"]) == ("update_job", 404, "zeebe")
    assert all(e["request_id"] for e in access)
    assert any(e["logger"].startswith("uvicorn") for e in entries)  # startup lines are JSON too
    for secret in (SECRET_PASSWORD, SECRET_TOKEN, SECRET_VALUE, SECRET_QUERY, "Authorization", "Basic "):
        assert secret not in err


def test_text_without_access_log_is_quiet(tmp_path: Path) -> None:
    proc, url = _serve(tmp_path)
    try:
        wait_for_health(url, proc)
        httpx.get(f"{url}/engine-rest/job", timeout=10)
    finally:
        err = _stop(proc)
    assert "GET /engine-rest/job" not in err and "Uvicorn running" in err
    assert not err.lstrip().startswith("{")


def test_text_access_log(tmp_path: Path) -> None:
    proc, url = _serve(tmp_path, "--access-log")
    try:
        wait_for_health(url, proc)
        httpx.get(f"{url}/engine-rest/job", params={"processInstanceId": SECRET_QUERY}, timeout=10,
                  headers={"X-Request-ID": "req-text-1"})
    finally:
        err = _stop(proc)
    line = next(x for x in err.splitlines() if "GET /engine-rest/job " in x)
    assert " 200 " in line and "[request req-text-1]" in line and SECRET_QUERY not in err


async def test_log_lines_inside_a_request_carry_its_id(client: httpx.AsyncClient) -> None:
    """A 4xx is logged at debug (logger jobgate.requests) with the request's id, dialect and operation."""
    import io
    import logging

    from jobgate.logformat import JsonFormatter, RequestFields

    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(RequestFields())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("jobgate.requests")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        r = await client.patch("/zeebe/jobs/1", json={"status": "completed"}, headers={"X-Request-ID": "req-4xx"})
        assert r.status_code == 404
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    (entry,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert entry["level"] == "debug" and entry["message"] == "PATCH /zeebe/jobs/1 -> 404"
    assert (entry["request_id"], entry["dialect"], entry["operation"], entry["status"]) == \
        ("req-4xx", "zeebe", "update_job", 404)
