"""`jobgate status`: runtime jobs by type and state, and the incidents, as tables."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from jobgate.cli.failures import check_url, mask_url, store_errors
from jobgate.cli.options import DatabaseUrl, fail, plain_help, settings_from

if TYPE_CHECKING:
    from jobgate.store.status import StoreStatus

MESSAGE_CHARS = 60


def _short(text: str | None, limit: int = MESSAGE_CHARS) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render(status: StoreStatus, where: str, console: Console) -> None:
    from jobgate.store.status import STATES

    jobs = Table(title=f"Jobs by type and state ({where})", title_justify="left")
    jobs.add_column("type", no_wrap=True)
    for state in STATES:
        jobs.add_column(state, justify="right", no_wrap=True)
    totals = dict.fromkeys(STATES, 0)
    for row in status.by_type:
        jobs.add_row(row.type, *(str(row.counts[s]) for s in STATES))
        for s in STATES:
            totals[s] += row.counts[s]
    jobs.add_section()
    jobs.add_row("all types", *(str(totals[s]) for s in STATES), style="bold")
    console.print(jobs)
    shown = len(status.incidents)
    more = f", the first {shown} by key" if shown < status.incident_total else ""
    incidents = Table(title=f"Incidents: {status.incident_total}{more}", title_justify="left")
    for name in ("key", "type", "instance", "state"):
        incidents.add_column(name, no_wrap=True)
    incidents.add_column("exception message")
    for i in status.incidents:
        incidents.add_row(str(i.key), i.type, str(i.process_instance_key), i.state, _short(i.exception_message))
    console.print(incidents)
    if status.unfinished_loads:
        loads = Table(title="Unfinished loads (run the same `jobgate load` again to continue)", title_justify="left")
        for name in ("file", "lines done", "instances"):
            loads.add_column(name)
        for p in status.unfinished_loads:
            loads.add_row(p.source, f"{p.lines_done}/{p.total_lines}", str(p.instances))
        console.print(loads)


def status(
    database_url: DatabaseUrl = None,
    incidents: Annotated[int, typer.Option(min=0, show_default=False, help=plain_help(
        "incidents to list at most (the oldest first)", 20))] = 20,
) -> None:
    """Print runtime jobs by type and state, and the incidents (failed jobs without retries, thrown errors)."""
    from jobgate.store import migrate
    from jobgate.store.engine import Store
    from jobgate.store.status import store_status

    url = settings_from("status", database_url=database_url).database_url
    where = mask_url(url)
    parsed = check_url("status", url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and not Path(str(parsed.database)).is_file():
        fail("status", f"there is no store at {where} (no such file); `jobgate db upgrade` or `jobgate serve` "
                       "creates one")
    with store_errors("status", url):
        store = Store(url, pool_size=1, threads=1)
        try:
            found, wanted = migrate.current(store.engine), migrate.head()
            if found is None:
                fail("status", f"the store at {where} has no jobgate schema: run `jobgate db upgrade` first")
            if found != wanted:
                fail("status", f"the store at {where} is outdated: its schema is at revision {found}, this jobgate "
                               f"needs {wanted}: run `jobgate db upgrade` first")
            with store.read() as conn:
                result = store_status(conn, incident_limit=incidents)
        finally:
            store.dispose()
    render(result, where, Console(highlight=False))
