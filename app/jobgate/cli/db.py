"""`jobgate db upgrade` and `jobgate db current`: schema migrations (Alembic) for SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Annotated

import typer

from jobgate.cli.failures import store_errors
from jobgate.cli.options import DatabaseUrl, fail, plain_help, settings_from

db = typer.Typer(help="Schema migrations (Alembic), for SQLite and PostgreSQL.", no_args_is_help=True,
                 rich_markup_mode="rich")


@db.command("upgrade")
def db_upgrade(
    database_url: DatabaseUrl = None,
    revision: Annotated[str, typer.Option(show_default=False, help=plain_help("target revision", "head"))] = "head",
) -> None:
    """Create or upgrade the store's schema; existing data is kept."""
    from alembic.util import CommandError

    from jobgate.store import migrate
    from jobgate.store.engine import make_engine

    url = settings_from("db upgrade", database_url=database_url).database_url
    with store_errors("db upgrade", url):
        engine = make_engine(url)
        try:
            before = migrate.current(engine)
            migrate.upgrade(engine, revision)
            typer.echo(f"schema: {before or 'empty'} -> {migrate.current(engine)}")
        except CommandError as exc:
            fail("db upgrade", f"{exc} (revisions: 0001 to {migrate.head()}, or head)")
        finally:
            engine.dispose()


@db.command("current")
def db_current(database_url: DatabaseUrl = None) -> None:
    """Print the store's schema revision and the newest one this jobgate knows."""
    from jobgate.store import migrate
    from jobgate.store.engine import make_engine

    url = settings_from("db current", database_url=database_url).database_url
    with store_errors("db current", url):
        engine = make_engine(url)
        try:
            typer.echo(f"current: {migrate.current(engine) or 'empty'}  head: {migrate.head()}")
        finally:
            engine.dispose()
