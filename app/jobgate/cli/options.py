"""Command-line options whose help names their environment variable and default, taken from the Settings model.

The environment is read by Settings alone (app/jobgate/settings.py); an option given on the command line is
passed to Settings as an init value, which wins over the environment, which wins over the field default.
"""

from __future__ import annotations

from typing import Annotated, Any, NoReturn

import typer
from pydantic import ValidationError
from rich.markup import escape

from jobgate.settings import Settings


def env_name(field: str) -> str:
    prefix = Settings.model_config.get("env_prefix") or ""
    return f"{prefix}{field}".upper()


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def setting_help(field: str, text: str) -> str:
    """Help for an option that sets a Settings field: `text [env: JOBGATE_X; default: value]`."""
    default = Settings.model_fields[field].default
    return escape(f"{text} [env: {env_name(field)}; default: {_show(default)}]")


def plain_help(text: str, default: object) -> str:
    """Help for an option of this command only (no setting behind it)."""
    return escape(f"{text} [env: none; default: {_show(default)}]")


def settings_from(command: str, **given: Any) -> Settings:
    """Settings from the environment, overridden by the options given (None = not given)."""
    try:
        return Settings(**{k: v for k, v in given.items() if v is not None})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "settings"
        fail(command, f"invalid setting {where} ({env_name(where)} or --{where.replace('_', '-')}): "
                      f"{first.get('msg', 'invalid value')}", code=2)


def fail(command: str, message: str, *, code: int = 1) -> NoReturn:
    """One line on stderr, then exit non-zero."""
    typer.echo(f"jobgate {command}: {' '.join(message.split())}", err=True)
    raise typer.Exit(code)


DatabaseUrl = Annotated[str | None, typer.Option(
    "--database-url", metavar="URL", show_default=False,
    help=setting_help("database_url", "SQLAlchemy URL of the store"))]
Host = Annotated[str | None, typer.Option(
    "--host", metavar="HOST", show_default=False, help=setting_help("host", "interface to bind"))]
Port = Annotated[int | None, typer.Option(
    "--port", metavar="PORT", show_default=False, help=setting_help("port", "port to bind"))]
