"""An interrupted `jobgate load` (a killed process, Ctrl-C) continues after its last batch and loads no line twice."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.support import (
    business_keys,
    clean_env,
    cli_command,
    definition,
    instances,
    lines_done,
    run_cli,
    write_jsonl,
)
from tests.conftest import BACKENDS, backend_url

# (instances, batch size) per backend: enough batches that the load is surely still running after the first.
SIZES = {"sqlite": (3000, 100), "postgres": (1500, 50)}


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    with backend_url(request.param, tmp_path) as u:
        yield request.param, u


def _start_and_interrupt(url: str, path: Path, batch: int, sig: signal.Signals) -> tuple[subprocess.Popen[str], int]:
    """Start a real load and send `sig` once its first batch is committed; returns the process and the line
    count the store held right after the signal."""
    process = subprocess.Popen(cli_command("load", str(path), "--database-url", url, "--batch-size", str(batch)),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean_env())
    deadline = time.monotonic() + 60
    while lines_done(url) < batch and time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        time.sleep(0.02)
    process.send_signal(sig)
    process.wait(timeout=30)
    return process, lines_done(url)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_rerun_continues_after_the_last_batch(backend: tuple[str, str], tmp_path: Path, sig: signal.Signals) -> None:
    name, url = backend
    count, batch = SIZES[name]
    path = write_jsonl(tmp_path / "big.jsonl", [definition("big", "big-work"), *instances("big", count)])
    total = count + 1
    process, committed = _start_and_interrupt(url, path, batch, sig)
    out, err = process.communicate()
    assert batch <= committed < total, "the load was not interrupted half-way"
    assert committed % batch == 0  # whole batches only: line 1 (the definition) counts as one instance
    keys = business_keys(url, "big")
    assert len(keys) == len(set(keys)) == committed - 1
    if sig == signal.SIGINT:
        assert process.returncode == 130, err
        assert err.splitlines()[-1] == (f"jobgate load: interrupted; lines 1-{committed} are in the store: run the "
                                        f"same command again to continue at line {committed + 1}")
        assert "Traceback" not in err
    else:
        assert process.returncode == -signal.SIGKILL
    again = run_cli("load", str(path), "--database-url", url, "--batch-size", str(batch))
    assert again.returncode == 0, again.stderr
    assert again.stderr.startswith(f"resuming: lines 1-{committed} of {path} are in the store (load begun ")
    assert again.stdout == (f"loaded lines {committed + 1}-{total} of {path} (resumed): 0 process definitions, "
                            f"{total - committed} process instances and {total - committed} jobs into "
                            f"{_shown(url)}\n")
    keys = business_keys(url, "big")
    assert len(keys) == len(set(keys)) == count
    assert sorted(keys) == [f"BK-{i:06d}" for i in range(count)]


def _shown(url: str) -> str:
    from jobgate.cli.failures import mask_url

    return mask_url(url)
