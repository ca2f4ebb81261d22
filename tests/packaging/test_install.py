"""The built distributions work without the clone: the server wheel serves every dialect, and each client wheel
installs on its own (without the server's dependencies) and talks to it.

Builds the wheels of jobgate and of the four clients, installs the server into one fresh venv and the clients
into another, starts `jobgate serve` from the server venv in an empty folder on 127.0.0.1, and runs
tests/packaging/roundtrip.py with the client venv's Python. Bounded: every subprocess has a timeout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import httpx
import pytest

from tests.servers import ROOT, free_port, wait_for_health

pytestmark = pytest.mark.slow
DIALECTS = ("admin", "camunda7", "opa", "zeebe")


def run(*cmd: str | Path, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, f"{cmd} failed:\n{result.stdout}\n{result.stderr}"
    return result


def make_venv(path: Path, *wheels: Path) -> Path:
    venv.create(path, with_pip=True)
    python = path / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "-c", ROOT / "constraints.txt", *wheels)
    return python


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("wheels")
    sources = [ROOT, *(ROOT / "generated" / "clients" / d for d in DIALECTS)]
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps",
        "--wheel-dir", out, *sources)
    found = {w.name.split("-")[0]: w for w in out.glob("*.whl")}
    assert sorted(found) == sorted(["jobgate", *(f"jobgate_{d}_client" for d in DIALECTS)]), found
    return found


def test_server_wheel_ships_specs_and_models(wheels: dict[str, Path]) -> None:
    import zipfile

    names = set(zipfile.ZipFile(wheels["jobgate"]).namelist())
    for dialect in DIALECTS:
        assert f"jobgate/openapi/{dialect}.yaml" in names
        assert f"jobgate_models/{dialect}.py" in names
    assert "jobgate/store/migrations/versions/0001_initial_schema.py" in names
    assert {"jobgate/console/templates/base.html", "jobgate/console/static/console.css"} <= names  # the console
    # our own import names only: nothing installs as `app`, `generated` or `tests`
    assert {n.split("/")[0] for n in names if not n.startswith("jobgate-")} == {"jobgate", "jobgate_models"}


def test_wheels_serve_and_call_every_dialect(wheels: dict[str, Path], tmp_path: Path) -> None:
    server_python = make_venv(tmp_path / "server-venv", wheels["jobgate"])
    client_python = make_venv(tmp_path / "client-venv", *(wheels[f"jobgate_{d}_client"] for d in DIALECTS))
    # The clients bring only httpx and attrs (and their dependencies), none of the server's.
    probe = "import importlib.util as u; print([m for m in ('connexion', 'sqlalchemy', 'jobgate') if u.find_spec(m)])"
    assert run(client_python, "-c", probe).stdout.strip() == "[]"

    workdir = tmp_path / "empty"
    workdir.mkdir()
    port = free_port()
    jobgate = server_python.parent / "jobgate"
    assert run(jobgate, "--help", cwd=workdir).stdout
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JOBGATE_", "PYTHON", "VIRTUAL_ENV"))}
    env["JOBGATE_DATABASE_URL"] = f"sqlite:///{workdir / 'store.db'}"
    proc = subprocess.Popen([str(jobgate), "serve", "--host", "127.0.0.1", "--port", str(port)], cwd=workdir,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_health(base, proc)
        for page in ("/console", "/console/static/console.css"):  # templates and assets come from the wheel
            assert httpx.get(base + page, timeout=10).status_code == 200, page
        result = run(client_python, Path(__file__).with_name("roundtrip.py"), base, cwd=workdir, timeout=60)
    finally:
        proc.terminate()
        proc.wait(10)
    answers = json.loads(result.stdout)
    # The same installation without one of its specs refuses to start, in one line (no traceback, no 404 server).
    installed = run(server_python, "-c", "import jobgate.main as m; print(m.OPENAPI_DIR)").stdout.strip()
    (Path(installed) / "opa.yaml").unlink()
    broken = subprocess.run([str(jobgate), "serve", "--port", str(free_port())], cwd=workdir, env=env,
                            capture_output=True, text=True, timeout=60)
    assert broken.returncode == 1
    expected = f"jobgate serve: OpenAPI spec opa.yaml not found in {installed}: the installation is incomplete\n"
    assert broken.stderr == expected
    assert answers["admin"]["definition"].startswith("packaged:1:")
    assert answers["camunda7"] == {"count": 1, "jobs": 1, "definitions": ["pack", "ship"]}
    assert answers["opa"] == {"count": 1, "activities": ["pack"]}
    assert answers["zeebe"] == {"activated": ["pack"], "complete": 204}
    assert answers["after"] == [["pack", "completed"], ["ship", "activatable"]]
