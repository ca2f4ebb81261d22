"""`jobgate serve`, `jobgate seed` and `jobgate generate-check`."""

from __future__ import annotations

import gc
import socket
from typing import Annotated, Any

import typer
import uvicorn

from jobgate.cli.failures import store_errors
from jobgate.cli.options import DatabaseUrl, Host, Port, fail, plain_help, setting_help, settings_from
from jobgate.settings import Settings


class _Server(uvicorn.Server):
    """uvicorn, plus: on SIGINT/SIGTERM, waiting long polls answer at once instead of holding shutdown."""

    on_exit: list[Any] = []

    def handle_exit(self, sig: int, frame: Any) -> None:
        for callback in self.on_exit:
            callback()
        super().handle_exit(sig, frame)


def prepare_store(url: str) -> None:
    """Create an empty store's schema; refuse (StoreOutdated) a store that needs `jobgate db upgrade`."""
    from jobgate.store.engine import Store

    store = Store(url, pool_size=1, threads=1)
    try:
        store.prepare()
    finally:
        store.dispose()


def serve(
    host: Host = None,
    port: Port = None,
    database_url: DatabaseUrl = None,
    demo: Annotated[bool, typer.Option("--demo", show_default=False,
                                       help=plain_help("seed demo data first if the store is empty", False))] = False,
    auth: Annotated[bool, typer.Option("--auth", show_default=False, help=setting_help(
        "auth", "require authentication in every dialect (users: jobgate user add)"))] = False,
    insecure_no_auth: Annotated[bool, typer.Option("--insecure-no-auth", show_default=False, help=setting_help(
        "insecure_no_auth", "allow a non-loopback address with authentication off"))] = False,
    log_format: Annotated[str | None, typer.Option("--log-format", show_default=False, help=setting_help(
        "log_format", "log lines as text or json (one object per line)"))] = None,
    access_log: Annotated[bool, typer.Option("--access-log", show_default=False, help=setting_help(
        "access_log", "one log line per request (method, path, status, duration, request id)"))] = False,
    workers: Annotated[int | None, typer.Option("--workers", metavar="N", show_default=False, help=setting_help(
        "workers", "server processes sharing the port"))] = None,
) -> None:
    """Serve every dialect on one port."""
    from jobgate.auth.safety import refuse_insecure_bind
    from jobgate.main import SpecError, check_specs

    settings = settings_from("serve", host=host, port=port, database_url=database_url, auth=auth or None,
                             insecure_no_auth=insecure_no_auth or None, log_format=log_format,
                             access_log=access_log or None, workers=workers)
    refuse_insecure_bind(settings)
    try:
        check_specs()
    except SpecError as exc:
        fail("serve", str(exc))
    with store_errors("serve", settings.database_url):
        prepare_store(settings.database_url)  # here: a bad store is one line, not a failed lifespan's traceback
        if demo:
            from jobgate.seed import seed_if_empty

            seed_if_empty(settings)
    if settings.workers > 1:
        from jobgate.cli.serve_workers import supervise

        supervise(settings, serve_child)
        return
    run_server(settings)


def serve_child(settings: Settings, sock: socket.socket) -> None:
    """One process of `jobgate serve --workers N` (started by jobgate.cli.serve_workers): serve on `sock`."""
    from jobgate.cli.serve_workers import exit_with_parent

    exit_with_parent()
    run_server(settings, [sock])


def run_server(settings: Settings, sockets: list[socket.socket] | None = None) -> None:
    """Build the app and run uvicorn until SIGINT/SIGTERM (on `sockets` when given, else host and port)."""
    from jobgate.httpserver import server_options
    from jobgate.logformat import log_config
    from jobgate.main import create_app, services_of

    app = create_app(settings)
    # Fewer full collections: with 10,000 parked long polls one took 0.3-1 s and stalled every request.
    gc.set_threshold(700, 10, 1000)
    logging = log_config(settings.log_format, settings.log_level, settings.access_log)  # jobgate.logformat
    config = uvicorn.Config(app, host=settings.host, port=settings.port, log_level=settings.log_level,
                            access_log=False, log_config=logging, timeout_graceful_shutdown=5,
                            **server_options(settings))  # limits and timeouts: jobgate.httpserver
    server = _Server(config)
    _Server.on_exit = [services_of(app).hub.begin_shutdown_threadsafe]
    # Server.run, not asyncio.run(server.serve()): it runs the loop uvicorn picks (`loop="auto"`: uvloop, a
    # dependency through uvicorn[standard]; asyncio where uvloop is missing). asyncio's own loop cost a worker
    # loop job ~20% more CPU on the event-loop thread (docs/performance.md).
    server.run(sockets=sockets)


def seed(
    database_url: DatabaseUrl = None,
    force: Annotated[bool, typer.Option(show_default=False, help=plain_help(
        "seed even if the store already has definitions", False))] = False,
) -> None:
    """Load realistic demo data (definitions, tenants, jobs in every state)."""
    from jobgate.seed import seed as run_seed
    from jobgate.seed import seed_if_empty

    settings = settings_from("seed", database_url=database_url)
    with store_errors("seed", settings.database_url):
        prepare_store(settings.database_url)
        summary = run_seed(settings) if force else seed_if_empty(settings)
    typer.echo(summary)


def generate_check() -> None:
    """Fail if generated/ differs from what scripts/generate would write (needs a source checkout)."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[3] / "scripts" / "codegen.py"
    if not script.is_file():
        fail("generate-check", f"{script} not found: run this from a source checkout of jobgate")
    raise typer.Exit(subprocess.call([sys.executable, str(script), "--check"]))
