"""`jobgate status`: jobs by type and state and the incidents, from the store (both backends) to the table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobgate.cli import cli
from jobgate.store.clock import now_ms
from jobgate.store.definitions import deploy, start_instances
from jobgate.store.engine import Store
from jobgate.store.model import DefinitionSpec, InstanceSpec, JobFixture, TaskSpec
from jobgate.store.status import store_status
from tests.cli.support import write_jsonl
from tests.conftest import BACKENDS, backend_url

runner = CliRunner()
LONG = "Label service returned HTTP 503 " * 5


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with backend_url(request.param, tmp_path) as url:
        s = Store(url)
        s.create_schema()
        yield s
        s.dispose()


def _fill(store: Store) -> None:
    """Two instances, each with jobs of two types in every state (two incidents each)."""
    jobs = [JobFixture(element_id="pay"), JobFixture(element_id="pay", state="activated", worker="w"),
            JobFixture(element_id="pay", state="completed"),
            JobFixture(element_id="ship", state="failed", retries=0, exception_message=LONG),
            JobFixture(element_id="ship", state="activatable", retries=2, exception_message="retrying"),
            JobFixture(element_id="ship", state="error_thrown", exception_message="Business error NO_STOCK")]
    now = now_ms()
    with store.write() as conn:
        deploy(conn, spec=DefinitionSpec(bpmn_process_id="shop", tasks=[
            TaskSpec(element_id="pay", type="pay"), TaskSpec(element_id="ship", type="ship")]), now=now)
        start_instances(conn, spec=InstanceSpec(bpmn_process_id="shop", jobs=jobs, count=2), now=now)


def test_counts_and_incidents(store: Store) -> None:
    _fill(store)
    with store.read() as conn:
        status = store_status(conn, incident_limit=3)
    assert [(t.type, t.counts) for t in status.by_type] == [
        ("pay", {"activatable": 2, "activated": 2, "failed": 0, "completed": 2, "error_thrown": 0}),
        ("ship", {"activatable": 2, "activated": 0, "failed": 2, "completed": 0, "error_thrown": 2}),
    ]
    assert status.incident_total == 4
    assert [(i.type, i.state) for i in status.incidents] == [("ship", "failed"), ("ship", "error_thrown"),
                                                             ("ship", "failed")]
    assert [i.key for i in status.incidents] == sorted(i.key for i in status.incidents)
    assert status.incidents[0].exception_message == LONG
    assert status.unfinished_loads == []


def test_status_table(store: Store) -> None:
    _fill(store)
    result = runner.invoke(cli, ["status", "--database-url", store.url, "--incidents", "3"],
                           env={"COLUMNS": "200"}, terminal_width=200)
    assert result.exit_code == 0, result.output
    rows = [re.split(r"\s*[│┃]\s*", line.strip("│┃ ")) for line in result.stdout.splitlines() if "│" in line]
    assert ["pay", "2", "2", "0", "2", "0"] in rows
    assert ["ship", "2", "0", "2", "0", "2"] in rows
    assert ["all types", "4", "2", "2", "2", "2"] in rows
    assert "Incidents: 4, the first 3 by key" in result.stdout
    incident_rows = [r for r in rows if r[1:2] == ["ship"]]
    assert [r[3] for r in incident_rows] == ["failed", "error_thrown", "failed"]
    assert incident_rows[0][4] == LONG[:59] + "…"  # truncated to 60 characters
    assert incident_rows[1][4] == "Business error NO_STOCK"


def test_status_of_the_demo_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert runner.invoke(cli, ["seed", "--database-url", url]).exit_code == 0
    result = runner.invoke(cli, ["status", "--database-url", url], env={"COLUMNS": "200"}, terminal_width=200)
    assert result.exit_code == 0, result.output
    assert re.search(r"all types\s*│\s*156\s*│\s*44\s*│\s*42\s*│\s*204\s*│\s*18\s*│", result.stdout)
    assert "Incidents: 60, the first 20 by key" in result.stdout  # failed (all without retries) + error_thrown


def test_status_lists_an_unfinished_load(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'part.db'}"
    path = write_jsonl(tmp_path / "part.jsonl", [{"bpmnProcessId": "p", "tasks": [{"elementId": "t", "type": "t"}]},
                                                 {"bpmnProcessId": "p"}, {"bpmnProcessId": "p", "colour": "red"}])
    assert runner.invoke(cli, ["load", str(path), "--database-url", url, "--batch-size", "2"]).exit_code == 1
    result = runner.invoke(cli, ["status", "--database-url", url], env={"COLUMNS": "200"}, terminal_width=200)
    assert "Unfinished loads (run the same `jobgate load` again to continue)" in result.stdout
    assert re.search(rf"{re.escape(str(path))}\s*│\s*2/3\s*│\s*1\s*│", result.stdout)
