"""The `jobgate` command line: seed (idempotent, --force) and its help."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobgate.cli import cli

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
    url = f"sqlite:///{tmp_path / 'missing' / 'x.db'}"
    result = runner.invoke(cli, ["seed", "--database-url", url])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"jobgate seed: cannot use {url}: "), result.output  # one line naming the store
    assert "No such file or directory" in result.output and "Traceback" not in result.output
