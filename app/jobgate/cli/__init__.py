"""The `jobgate` command line (Typer): serve, seed, load, status, user, db, generate-check."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Annotated

import typer

from jobgate.cli.db import db
from jobgate.cli.load import load
from jobgate.cli.serve import generate_check, seed, serve
from jobgate.cli.status import status
from jobgate.cli.users import users_cli

cli = typer.Typer(help="jobgate: process-engine jobs through Camunda 7, Zeebe and OPA REST dialects.",
                  no_args_is_help=True, add_completion=False, rich_markup_mode="rich")


def _print_version(value: bool) -> None:
    if value:
        try:
            typer.echo(f"jobgate {version('jobgate')}")
        except PackageNotFoundError:
            typer.echo("jobgate (not installed: no version)")
        raise typer.Exit()


@cli.callback()
def _root(
    show_version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_print_version,
                                               help="Print the installed version and exit.")] = False,
) -> None:
    """jobgate: process-engine jobs through Camunda 7, Zeebe and OPA REST dialects."""


cli.command()(serve)
cli.command()(seed)
cli.command()(load)
cli.command()(status)
cli.add_typer(users_cli, name="user")
cli.add_typer(db, name="db")
cli.command("generate-check")(generate_check)


def main() -> None:
    cli()


__all__ = ["cli", "main"]
