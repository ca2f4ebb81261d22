"""`jobgate load FILE`: bounded batches, clear line errors, and resumption without duplicates (both backends)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from jobgate.cli import cli
from jobgate.store.tables import JOB, LOAD_PROGRESS
from tests.cli.support import business_keys, definition, instances, jobs_of, scalar, write_jsonl
from tests.conftest import BACKENDS, backend_url

runner = CliRunner()


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with backend_url(request.param, tmp_path) as u:
        yield u


def load(url: str, path: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, ["load", str(path), "--database-url", url, *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_loads_definitions_and_instances_in_batches(url: str, tmp_path: Path) -> None:
    fixture = {"bpmnProcessId": "inv", "businessKey": "FAILED-1",
               "jobs": [{"state": "failed", "retries": 0, "exceptionMessage": "Card declined"}]}
    lines = [definition("inv", "charge"), *instances("inv", 24), "", {"bpmnProcessId": "inv", "count": 5}, fixture]
    path = write_jsonl(tmp_path / "data.jsonl", lines)
    code, out, err = load(url, path, "--batch-size", "10")
    assert code == 0, err
    assert out == (f"loaded lines 1-28 of {path}: 1 process definition, 30 process instances and 30 jobs into "
                   f"{url}\n")
    assert "28/28 lines" in err and "30 instances" in err  # the progress bar's last state
    assert sorted(business_keys(url, "inv"))[:2] == ["BK-000000", "BK-000001"]
    assert len(business_keys(url, "inv")) == 30 and jobs_of(url, "inv") == 30
    failed = scalar(url, sa.select(JOB.c.exception_message).where(JOB.c.state == "failed"))
    assert failed == "Card declined"
    row = scalar(url, sa.select(sa.func.count()).select_from(LOAD_PROGRESS).where(
        LOAD_PROGRESS.c.lines_done == 28, LOAD_PROGRESS.c.instances == 30, LOAD_PROGRESS.c.finished_at.is_not(None)))
    assert row == 1
    # The same file again: nothing to do; --restart loads every line again.
    code, out, _ = load(url, path)
    assert code == 0 and out.startswith(f"nothing to load: all 28 lines of {path} were loaded (")
    assert out.rstrip().endswith("30 instances, 30 jobs); --restart loads them again")
    assert len(business_keys(url, "inv")) == 30
    code, out, _ = load(url, path, "--restart")
    assert code == 0 and out.startswith(f"loaded lines 1-28 of {path}: 1 process definition, 30 process instances")
    assert len(business_keys(url, "inv")) == 60


def test_invalid_line_stops_the_batch_then_the_fixed_file_continues(url: str, tmp_path: Path) -> None:
    lines: list[dict[str, object] | str] = [definition("fx", "fx-work"), *instances("fx", 20)]
    lines[17] = '{"bpmnProcessId": "fx", "businessKey": "broken", "count": "7"}'  # a string count: invalid
    path = write_jsonl(tmp_path / "fx.jsonl", lines)
    code, out, err = load(url, path, "--batch-size", "5")  # batches: lines 1-5, 6-10, 11-15, 16-20, 21
    assert code == 1 and out == ""
    assert err.splitlines()[-1] == (
        f"jobgate load: line 18 of {path}: invalid instance: count: Input should be a valid integer; nothing of "
        "lines 16-18 was written, lines 1-15 are in the store: fix the line and run the same command again to "
        "continue at line 16")
    assert sorted(business_keys(url, "fx")) == [f"BK-{i:06d}" for i in range(14)]  # lines 2-15
    lines[17] = {"bpmnProcessId": "fx", "businessKey": "fixed"}
    write_jsonl(path, lines)
    code, out, err = load(url, path, "--batch-size", "5")
    assert code == 0, err
    assert err.startswith(f"resuming: lines 1-15 of {path} are in the store (load begun ")
    assert out.startswith(f"loaded lines 16-21 of {path} (resumed): 0 process definitions, 6 process instances")
    keys = business_keys(url, "fx")
    assert len(keys) == len(set(keys)) == 20 and "fixed" in keys


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "expected a JSON object: a process definition (with `tasks`) or an instance"),
    ('{"bpmnProcessId": "x", "colour": "red"}', "invalid instance: colour: Extra inputs are not permitted"),
    ('{"bpmnProcessId": "x", "tasks": []}', "invalid process definition: tasks: List should have at least 1 item"),
    ('{"bpmnProcessId": "x", "jobs": [{"dueDate": "2025-01-01T00:00:00"}]}',
     "invalid instance: jobs.0.dueDate: Input should have timezone info"),
    ('{"bpmnProcessId": "no-such-process"}', "No process definition 'no-such-process'."),
])
def test_invalid_lines_are_named(url: str, tmp_path: Path, line: str, message: str) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", [definition("ok", "ok-work"), {"bpmnProcessId": "ok"}, line])
    code, out, err = load(url, path)
    assert code == 1 and out == ""
    assert err.splitlines()[-1].startswith(f"jobgate load: line 3 of {path}: {message}"), err
    assert err.rstrip().endswith("nothing of lines 1-3 was written, nothing of this file is in the store: fix the "
                                 "line and run the same command again to continue at line 1")
    assert business_keys(url, "ok") == []


def test_appended_lines_continue_a_finished_load(url: str, tmp_path: Path) -> None:
    lines: list[dict[str, object] | str] = [definition("ap", "ap-work"), *instances("ap", 5)]
    path = write_jsonl(tmp_path / "ap.jsonl", lines)
    assert load(url, path)[0] == 0
    write_jsonl(path, [*lines, *instances("ap", 3, prefix="MORE")])
    code, out, _ = load(url, path)
    assert code == 0 and out.startswith(f"loaded lines 7-9 of {path} (resumed): 0 process definitions, 3 process")
    assert sorted(business_keys(url, "ap")) == [f"BK-{i:06d}" for i in range(5)] + [f"MORE-{i:06d}" for i in range(3)]


def test_a_line_with_nul_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nul.db'}"
    path = write_jsonl(tmp_path / "nul.jsonl", [json.dumps({"bpmnProcessId": "x", "businessKey": "a\u0000b"})])
    code, _, err = load(url, path)
    assert code == 1
    assert err.splitlines()[-1].startswith(f"jobgate load: line 1 of {path}: texts must not contain NUL characters")


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("")
    code, out, _ = load(f"sqlite:///{tmp_path / 'e.db'}", path)
    assert (code, out) == (0, f"nothing to load: {path} is empty\n")
