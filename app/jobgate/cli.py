"""The `jobgate` command line (Typer): serve, seed, db."""

from __future__ import annotations

import asyncio
import gc
from typing import Annotated, Any

import typer
import uvicorn

from jobgate.cli_users import users_cli
from jobgate.settings import Settings

cli = typer.Typer(help="jobgate: process-engine jobs through Camunda 7, Zeebe and OPA REST dialects.",
                  no_args_is_help=True, add_completion=False)

DatabaseUrl = Annotated[str | None, typer.Option("--database-url", help="SQLAlchemy URL (default from settings)")]


def _settings(database_url: str | None, **overrides: Any) -> Settings:
    values = {k: v for k, v in overrides.items() if v is not None}
    if database_url:
        values["database_url"] = database_url
    return Settings(**values)


class _Server(uvicorn.Server):
    """uvicorn, plus: on SIGINT/SIGTERM, waiting long polls answer at once instead of holding shutdown."""

    on_exit: list[Any] = []

    def handle_exit(self, sig: int, frame: Any) -> None:
        for callback in self.on_exit:
            callback()
        super().handle_exit(sig, frame)


@cli.command()
def serve(
    host: Annotated[str | None, typer.Option(help="interface to bind")] = None,
    port: Annotated[int | None, typer.Option(help="port to bind")] = None,
    database_url: DatabaseUrl = None,
    demo: Annotated[bool, typer.Option("--demo", help="seed demo data first if the store is empty")] = False,
    auth: Annotated[bool, typer.Option("--auth", help="require authentication (as JOBGATE_AUTH=on)")] = False,
    insecure_no_auth: Annotated[bool, typer.Option("--insecure-no-auth",
                                                   help="allow a non-loopback address without authentication")] = False,
) -> None:
    """Serve every dialect on one port."""
    from jobgate.auth.safety import refuse_insecure_bind
    from jobgate.main import create_app

    settings = _settings(database_url, host=host, port=port, auth=auth or None,
                         insecure_no_auth=insecure_no_auth or None)
    refuse_insecure_bind(settings)
    if demo:
        from jobgate.seed import seed_if_empty

        seed_if_empty(settings)
    app = create_app(settings)
    # Fewer full collections: with 10,000 parked long polls one took 0.3-1 s and stalled every request.
    gc.set_threshold(700, 10, 1000)
    config = uvicorn.Config(app, host=settings.host, port=settings.port, log_level=settings.log_level,
                            access_log=False, timeout_graceful_shutdown=5)
    server = _Server(config)
    _Server.on_exit = [_hub_of(app).begin_shutdown_threadsafe]
    asyncio.run(server.serve())


def _hub_of(app: Any) -> Any:
    from jobgate.main import services_of

    return services_of(app).hub


@cli.command()
def seed(
    database_url: DatabaseUrl = None,
    force: Annotated[bool, typer.Option(help="seed even if the store already has definitions")] = False,
) -> None:
    """Load realistic demo data (definitions, tenants, jobs in every state)."""
    from jobgate.errors import StoreUnavailable
    from jobgate.seed import seed as run_seed
    from jobgate.seed import seed_if_empty
    from jobgate.store.engine import StoreOutdated

    settings = _settings(database_url)
    try:
        summary = run_seed(settings) if force else seed_if_empty(settings)
    except (StoreUnavailable, StoreOutdated, OSError) as exc:
        typer.echo(f"jobgate seed: cannot use {settings.database_url}: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(summary)


cli.add_typer(users_cli, name="user")

db = typer.Typer(help="Schema migrations (Alembic), for SQLite and PostgreSQL.", no_args_is_help=True)
cli.add_typer(db, name="db")


@db.command("upgrade")
def db_upgrade(
    database_url: DatabaseUrl = None,
    revision: Annotated[str, typer.Option(help="target revision")] = "head",
) -> None:
    """Create or upgrade the store's schema; existing data is kept."""
    from jobgate.store import migrate
    from jobgate.store.engine import make_engine

    engine = make_engine(_settings(database_url).database_url)
    try:
        before = migrate.current(engine)
        migrate.upgrade(engine, revision)
        typer.echo(f"schema: {before or 'empty'} -> {migrate.current(engine)}")
    finally:
        engine.dispose()


@db.command("current")
def db_current(database_url: DatabaseUrl = None) -> None:
    """Print the store's schema revision and the newest one this jobgate knows."""
    from jobgate.store import migrate
    from jobgate.store.engine import make_engine

    engine = make_engine(_settings(database_url).database_url)
    try:
        typer.echo(f"current: {migrate.current(engine) or 'empty'}  head: {migrate.head()}")
    finally:
        engine.dispose()


@cli.command("generate-check")
def generate_check() -> None:
    """Fail if generated/ differs from what scripts/generate would write."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "codegen.py"
    raise typer.Exit(subprocess.call([sys.executable, str(script), "--check"]))


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
