"""A wrong, unreachable or outdated store: one masked line on stderr and a non-zero exit, for every store command.

The matrix runs in-process (CliRunner, which would report any exception other than the exit); one case per
command also runs as a real process, which proves that no traceback reaches stderr.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobgate.cli import cli
from tests.cli.support import run_cli, write_jsonl

runner = CliRunner()
PASSWORD = "s3cr%t-Pa55"  # URL-encoded below as s3cr%25t-Pa55
UNREACHABLE = "postgresql+psycopg://jobgate:s3cr%25t-Pa55@127.0.0.1:1/jobgate?connect_timeout=2"
MASKED = "postgresql+psycopg://jobgate:***@127.0.0.1:1/jobgate?connect_timeout=2"


@pytest.fixture
def commands(tmp_path: Path) -> dict[str, list[str]]:
    data = write_jsonl(tmp_path / "data.jsonl", [{"bpmnProcessId": "p"}])
    return {"serve": ["serve"], "seed": ["seed"], "db upgrade": ["db", "upgrade"], "db current": ["db", "current"],
            "status": ["status"], "load": ["load", str(data)]}


def _cases(tmp_path: Path) -> list[tuple[str, str, str]]:
    """(URL, the message after `jobgate <command>: `, what must not appear)."""
    missing = tmp_path / "missing"
    return [
        ("nonsense://", "unknown database driver 'nonsense' in nonsense:// "
                        "(jobgate supports sqlite and postgresql+psycopg)", "Traceback"),
        ("not a url", "the database URL 'not a url' is not a valid SQLAlchemy URL", "Traceback"),
        ("oracle+nodriver://scott:tiger99@db/x", "unknown database driver 'oracle+nodriver' in "
                                                 "oracle+nodriver://scott:***@db/x", "tiger99"),
        ("mysql://scott:tiger99@db/x", "the driver of mysql://scott:***@db/x is not installed (No module named",
         "tiger99"),
        (UNREACHABLE, f"cannot use the store at {MASKED}: connection failed: ", "s3cr"),
        (f"sqlite:///{missing / 'x.db'}", f"cannot use the store at sqlite:///{missing / 'x.db'}: the directory "
                                          f"{missing} does not exist", "Traceback"),
    ]


@pytest.mark.parametrize("name", ["serve", "seed", "db upgrade", "db current", "status", "load"])
def test_bad_urls_give_one_line(name: str, commands: dict[str, list[str]], tmp_path: Path) -> None:
    for url, message, secret in _cases(tmp_path):
        result = runner.invoke(cli, [*commands[name], "--database-url", url])
        assert result.exit_code == 1, (url, result.output)
        assert isinstance(result.exception, SystemExit), (url, result.exception)
        assert result.stdout == ""
        assert result.stderr.startswith(f"jobgate {name}: {message}"), (url, result.stderr)
        assert result.stderr.count("\n") == 1, result.stderr
        assert secret not in result.stderr and PASSWORD not in result.stderr


@pytest.mark.parametrize("name", ["serve", "seed", "db upgrade", "db current", "status", "load"])
def test_unreachable_postgres_in_a_real_process(name: str, commands: dict[str, list[str]]) -> None:
    done = run_cli(*commands[name], timeout=60, JOBGATE_DATABASE_URL=UNREACHABLE)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(f"jobgate {name}: cannot use the store at {MASKED}: connection failed: ")
    assert "Connection refused" in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "s3cr" not in done.stderr


def test_a_password_in_the_driver_message_is_masked(tmp_path: Path) -> None:
    # A password can also be a query parameter, and psycopg echoes connection options it cannot parse.
    url = "postgresql+psycopg://jobgate@127.0.0.1:1/x?password=tiger99&sslmode=zzz-tiger99"
    result = runner.invoke(cli, ["db", "current", "--database-url", url])
    assert result.exit_code == 1
    assert result.stderr == ("jobgate db current: cannot use the store at postgresql+psycopg://jobgate@127.0.0.1:1/x"
                             '?password=***&sslmode=zzz-***: connection is bad: invalid sslmode value: "zzz-***"\n')


def test_outdated_schema_is_refused_and_db_upgrade_fixes_it(tmp_path: Path, commands: dict[str, list[str]]) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    assert runner.invoke(cli, ["db", "upgrade", "--database-url", url, "--revision", "0003"]).exit_code == 0
    for name in ("serve", "seed", "status", "load"):
        done = run_cli(*commands[name], "--database-url", url) if name == "serve" else None
        result = runner.invoke(cli, [*commands[name], "--database-url", url])
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith(f"jobgate {name}: the store at {url} is outdated: ")
        assert result.stderr.rstrip().endswith("this jobgate needs 0006: run `jobgate db upgrade` first"
                                               + ("" if name == "status" else "."))
        assert result.stderr.count("\n") == 1
        if done is not None:
            assert (done.returncode, done.stderr) == (1, result.stderr)
    current = runner.invoke(cli, ["db", "current", "--database-url", url])
    assert current.output == "current: 0003  head: 0006\n"
    upgraded = runner.invoke(cli, ["db", "upgrade", "--database-url", url])
    assert upgraded.output == "schema: 0003 -> 0006\n"
    status = runner.invoke(cli, ["status", "--database-url", url])
    assert status.exit_code == 0, status.output


def test_status_does_not_create_a_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'none.db'}"
    result = runner.invoke(cli, ["status", "--database-url", url])
    assert result.exit_code == 1
    assert result.stderr == (f"jobgate status: there is no store at {url} (no such file); `jobgate db upgrade` or "
                             "`jobgate serve` creates one\n")
    assert not (tmp_path / "none.db").exists()


def test_db_upgrade_to_an_unknown_revision(tmp_path: Path) -> None:
    result = runner.invoke(cli, ["db", "upgrade", "--database-url", f"sqlite:///{tmp_path / 'x.db'}",
                                 "--revision", "9999"])
    assert result.exit_code == 1
    assert result.stderr == ("jobgate db upgrade: Can't locate revision identified by '9999' "
                             "(revisions: 0001 to 0006, or head)\n")
