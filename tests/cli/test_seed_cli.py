"""`jobgate seed` (idempotent, --force) and `jobgate serve` on the seeded store, as scripts/serve runs them."""

from __future__ import annotations

import signal
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from jobgate.cli import cli
from tests.cli.support import run_cli
from tests.servers import Server

runner = CliRunner()


def test_help_lists_commands() -> None:
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0, result.output
    for command in ("serve", "seed"):
        assert command in result.output


def test_seed_loads_once_then_force(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    first = runner.invoke(cli, ["seed", "--database-url", url])
    assert first.exit_code == 0, first.output
    assert first.output.startswith("seeded 5 process definitions, 260 process instances and ")
    assert first.output.rstrip().endswith(f"into {url}")
    again = runner.invoke(cli, ["seed", "--database-url", url])
    assert again.exit_code == 0, again.output
    assert again.output.startswith(f"not seeding: {url} already has 5 process definitions")
    forced = runner.invoke(cli, ["seed", "--database-url", url, "--force"])
    assert forced.exit_code == 0, forced.output
    assert forced.output.startswith("seeded 5 process definitions")


def test_seed_reads_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("JOBGATE_DATABASE_URL", url)
    result = runner.invoke(cli, ["seed"])
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().endswith(f"into {url}")
    assert (tmp_path / "env.db").exists()


def test_seed_bad_url_fails(tmp_path: Path) -> None:
    result = runner.invoke(cli, ["seed", "--database-url", f"sqlite:///{tmp_path / 'missing' / 'x.db'}"])
    assert result.exit_code == 1
    assert result.stderr == (f"jobgate seed: cannot use the store at sqlite:///{tmp_path / 'missing' / 'x.db'}: "
                             f"the directory {tmp_path / 'missing'} does not exist\n")


def test_seed_then_serve(tmp_path: Path) -> None:
    """What scripts/serve does: `jobgate seed`, then `jobgate serve` in a real process, which stops on SIGTERM."""
    url = f"sqlite:///{tmp_path / 'served.db'}"
    assert run_cli("seed", "--database-url", url).stdout.startswith("seeded 5 process definitions")
    server = Server(url, env={"PYTHONUNBUFFERED": "1"})
    try:
        server.wait_ready()
        r = httpx.get(f"{server.url}/engine-rest/job/count", timeout=5)
        assert r.json() == {"count": 242}  # the runtime jobs of the demo data: 156 + 44 + 42
    finally:
        server.stop()
    assert server.proc.returncode in (0, -signal.SIGTERM)  # uvicorn re-raises the signal once it has shut down
    assert server.proc.stderr is not None and "Traceback" not in server.proc.stderr.read().decode()
