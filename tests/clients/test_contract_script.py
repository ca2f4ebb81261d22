"""scripts/contract runs Schemathesis against every spec of a real server and passes, with a line per spec."""

from __future__ import annotations

import os
import re
import subprocess
import threading
from pathlib import Path

import pytest

from jobgate.seed import seed
from jobgate.settings import Settings
from tests.servers import Server, free_port

from .support import ROOT

SUMMARY = r"{name} +passed: (\d+) cases, (\d+)/(\d+) operations in [\d.]+s"


@pytest.mark.slow
def test_contract_script_passes_against_a_real_server(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'jobgate.db'}"
    seed(Settings(database_url=url))  # real jobs, so activations and the specs' links find data
    server = Server(url, env={"JOBGATE_LONG_POLL_TIMEOUT_MS": "200"})
    try:
        server.wait_ready()
        assert server.proc.stderr is not None  # fuzzing makes uvicorn log; keep its pipe from filling up
        threading.Thread(target=server.proc.stderr.read, daemon=True).start()
        env = {**os.environ, "JOBGATE_CONTRACT_EXAMPLES": "5", "JOBGATE_CONTRACT_REPORTS": str(tmp_path / "reports")}
        command = [str(ROOT / "scripts" / "contract"), server.url, "--seed", "1"]
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    finally:
        server.stop()
    assert result.returncode == 0, result.stdout[-20_000:] + result.stderr
    for name, operations in (("camunda7", 24), ("zeebe", 2), ("opa", 3), ("admin", 8)):
        match = re.search(SUMMARY.format(name=name), result.stdout, flags=re.MULTILINE)
        assert match, result.stdout
        assert int(match[1]) > 50 and int(match[2]) == int(match[3]) == operations
    assert (tmp_path / "reports" / "zeebe.json").is_file()


def test_contract_script_fails_when_nothing_answers(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    env = {**os.environ, "JOBGATE_CONTRACT_REPORTS": str(tmp_path)}
    result = subprocess.run([str(ROOT / "scripts" / "contract"), f"http://127.0.0.1:{port}"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    for name in ("camunda7", "zeebe", "opa", "admin"):
        assert re.search(rf"^{name} +failed: 0 cases, 0/0 operations in 0.0s, .*stopped: error$", result.stdout,
                         flags=re.MULTILINE), result.stdout
