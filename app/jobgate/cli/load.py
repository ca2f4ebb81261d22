"""`jobgate load FILE`: bulk-load definitions and instances from a JSON-lines file, in resumable batches."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jobgate.cli.failures import store_errors
from jobgate.cli.options import DatabaseUrl, fail, plain_help, settings_from
from jobgate.cli.serve import prepare_store

HELP = "\n\n".join((
    "Bulk-load process definitions and instances from a JSON-lines file (one JSON object per line).",
    'A line with "tasks" deploys a process definition, in the shape of POST /admin/process-definitions '
    '(bpmnProcessId, name, tenantId, tasks). Any other line starts instances, in the shape of an item of '
    'POST /admin/load\'s "instances": bpmnProcessId or processDefinitionKey, version, tenantId, businessKey, '
    "variables, jobs (job fixtures) and count (instances from this line, default 1). Lines run in file order, so "
    "a definition serves the instances below it. Blank lines are skipped.",
    "Lines are committed in batches of about --batch-size instances (a line is never split); each batch is one "
    "transaction that also records, in the store, how many lines of the file are loaded. Interrupted (Ctrl-C, a "
    "crash, a lost connection)? Run the same command again: it continues after the last committed line, and no "
    "line is ever loaded twice. The same holds after fixing an invalid line or appending lines: a file that "
    "begins with the lines a load committed continues that load.",
    "An invalid line stops the load, names the line, and writes nothing of its batch. --restart loads the whole "
    "file again (new instances), however much of it was loaded before.",
))


def load(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True, show_default=False, metavar="FILE",
                                         help="the JSON-lines file (one definition or instance per line)")],
    database_url: DatabaseUrl = None,
    batch_size: Annotated[int, typer.Option(min=1, show_default=False, help=plain_help(
        "instances per transaction (a definition counts as one)", 1000))] = 1000,
    restart: Annotated[bool, typer.Option("--restart", show_default=False, help=plain_help(
        "load the whole file again, also lines a previous load committed", False))] = False,
) -> None:
    from jobgate.cli.loader import FileLoader, run_load
    from jobgate.store.engine import Store

    url = settings_from("load", database_url=database_url).database_url
    with store_errors("load", url):
        try:
            prepare_store(url)
            store = Store(url, pool_size=1, threads=1)
            try:
                run_load(FileLoader(store, file, batch_size=batch_size, restart=restart), file, url)
            finally:
                store.dispose()
        except KeyboardInterrupt:  # before the first batch began
            fail("load", "interrupted before loading anything", code=130)


load.__doc__ = HELP
