"""camunda-external-task-client-python3 (4.5.0, unchanged) against a real `jobgate serve` (uvicorn) on each backend:
its worker subscribes, long-polls, completes with typed variables, reports failures with its retry count-down
(each retry comes back after the retry timeout, through the long poll) and reports BPMN errors."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import BACKENDS, backend_url
from tests.servers import ROOT, Server

pytestmark = pytest.mark.slow


def _lines(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


@pytest.mark.parametrize("backend", BACKENDS)
def test_python_worker_runs_unchanged(tmp_path: Path, backend: str) -> None:
    log = tmp_path / "handled.jsonl"
    with backend_url(backend, tmp_path) as url:
        server = Server(url, env={"JOBGATE_PROBE_INTERVAL_MS": "200"})
        worker = None
        try:
            server.wait_ready(60)
            admin = httpx.Client(base_url=server.url, timeout=10)
            admin.post("/admin/process-definitions", json={"bpmnProcessId": "pay", "tasks": [
                {"elementId": "charge", "type": "charge"}, {"elementId": "receipt", "type": "receipt"}]}
            ).raise_for_status()
            worker = subprocess.Popen(
                [sys.executable, str(ROOT / "tests" / "clients" / "external_worker.py"),
                 f"{server.url}/engine-rest", "charge", "py-worker", str(log)],
                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(1.5)  # the worker is waiting in a long poll by now
            keys = {}
            for action in ("complete", "fail", "bpmn"):
                r = admin.post("/admin/process-instances", json={
                    "bpmnProcessId": "pay", "businessKey": f"order-{action}",
                    "variables": {"action": action, "items": [{"sku": "A", "n": 2}]}})
                r.raise_for_status()
                keys[action] = r.json()["processInstanceKey"]

            def done() -> bool:
                return len(_lines(log)) >= 5 and all(admin.get(f"/admin/process-instances/{k}").json()["jobs"][0][
                    "state"] in ("completed", "failed", "error_thrown") for k in keys.values())

            deadline = time.monotonic() + 60
            while not done() and time.monotonic() < deadline and worker.poll() is None:
                time.sleep(0.2)
            handled = _lines(log)
            assert done(), (handled, worker.poll())
            completed = admin.get(f"/admin/process-instances/{keys['complete']}").json()
            assert completed["variables"] == {"action": "complete", "items": [{"sku": "A", "n": 2}], "charged": True,
                                              "receipt": "R-1", "amount": 42}
            assert [(j["type"], j["state"]) for j in completed["jobs"]] == [("charge", "completed"),
                                                                             ("receipt", "activatable")]
            failed = admin.get(f"/admin/process-instances/{keys['fail']}").json()
            assert failed["state"] == "incident" and failed["jobs"][0]["state"] == "failed"
            fail_id = str(failed["jobs"][0]["key"])
            assert [h["retries"] for h in handled if h["id"] == fail_id] == [3, 2, 1]  # 3 -> 2 -> 1 -> 0
            task = httpx.get(f"{server.url}/engine-rest/external-task/{fail_id}").json()
            assert (task["retries"], task["errorMessage"]) == (0, "Card declined")
            details = httpx.get(f"{server.url}/engine-rest/external-task/{fail_id}/errorDetails")
            assert details.text == "CardDeclinedException: code 51"
            thrown = admin.get(f"/admin/process-instances/{keys['bpmn']}").json()
            assert thrown["jobs"][0]["state"] == "error_thrown" and thrown["variables"]["reason"] == "stolen"
            assert {h["business_key"] for h in handled} == {"order-complete", "order-fail", "order-bpmn"}
            # a Json variable's value is its JSON text (PostgreSQL's JSONB may order the keys differently)
            assert all(json.loads(h["items"]) == [{"sku": "A", "n": 2}] and h["worker"] == "py-worker"
                       for h in handled)
        finally:
            if worker is not None:
                worker.kill()
                worker.wait(10)
            server.stop()
