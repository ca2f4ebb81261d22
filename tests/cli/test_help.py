"""`jobgate --version`, and every option's help naming its environment variable and default from Settings."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobgate.cli import cli
from jobgate.settings import Settings
from tests.cli.support import run_cli

runner = CliRunner()
COMMANDS = [["serve"], ["seed"], ["load"], ["status"], ["db", "upgrade"], ["db", "current"], ["generate-check"]]


def test_version_is_the_installed_distribution() -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.output == f"jobgate {version('jobgate')}\n"


def test_version_from_a_real_process() -> None:
    done = run_cli("--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"jobgate {version('jobgate')}\n", "")


def _help(command: list[str]) -> str:
    result = runner.invoke(cli, [*command, "--help"], env={"COLUMNS": "300"}, terminal_width=300)
    assert result.exit_code == 0, result.output
    return result.output


def _options(text: str) -> dict[str, str]:
    """Option name -> its help line, from Typer's boxed help at 300 columns (one line per option)."""
    found = {}
    for line in text.splitlines():
        m = re.match(r"│\s+(--[a-z-]+)\s+(.*?)\s*│$", line)
        if m and m.group(1) != "--help":
            found[m.group(1)] = m.group(2)
    return found


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_option_names_its_env_and_default(command: list[str]) -> None:
    for option, text in _options(_help(command)).items():
        assert re.search(r"\[env: (JOBGATE_[A-Z_]+|none); default: [^\]]+\]$", text), (option, text)


def test_setting_options_take_env_and_default_from_settings() -> None:
    fields = Settings.model_fields
    serve = _options(_help(["serve"]))
    assert serve["--database-url"].endswith(
        f"[env: JOBGATE_DATABASE_URL; default: {fields['database_url'].default}]")
    assert "[env: JOBGATE_DATABASE_URL; default: sqlite:///./jobgate.db]" in serve["--database-url"]
    assert serve["--host"].endswith("[env: JOBGATE_HOST; default: 127.0.0.1]")
    assert serve["--port"].endswith("[env: JOBGATE_PORT; default: 8080]")
    assert serve["--demo"].endswith("[env: none; default: off]")
    load = _options(_help(["load"]))
    assert load["--batch-size"].endswith("[env: none; default: 1000]")
    assert set(load) == {"--database-url", "--batch-size", "--restart"}


def test_load_help_documents_the_line_format() -> None:
    text = " ".join(_help(["load"]).split())
    for phrase in ('A line with "tasks" deploys a process definition', "POST /admin/load's \"instances\"",
                   "Run the same command again", "--restart loads the whole file again"):
        assert phrase in text, phrase


def test_option_wins_over_env_and_env_over_default(tmp_path: Path) -> None:
    by_env, by_option = f"sqlite:///{tmp_path / 'env.db'}", f"sqlite:///{tmp_path / 'option.db'}"
    result = runner.invoke(cli, ["db", "upgrade", "--database-url", by_option], env={"JOBGATE_DATABASE_URL": by_env})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "option.db").exists() and not (tmp_path / "env.db").exists()
    result = runner.invoke(cli, ["db", "current"], env={"JOBGATE_DATABASE_URL": by_option})
    assert result.output.startswith(f"current: {_head()}"), result.output


def test_a_bad_setting_in_the_environment_is_one_line() -> None:
    done = run_cli("serve", JOBGATE_PORT="eighty")
    assert done.returncode == 2
    assert done.stderr.startswith("jobgate serve: invalid setting port (JOBGATE_PORT or --port): ")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def _head() -> str:
    from jobgate.store import migrate

    return migrate.head()
