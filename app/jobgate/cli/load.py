"""`jobgate load FILE`: bulk-load definitions and instances from a JSON-lines file, in resumable batches."""

from __future__ import annotations

import hashlib
from datetime import UTC
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from jobgate.cli.failures import mask_url, store_errors
from jobgate.cli.jsonl import LineInvalid, hashed, parse_line, scan, weight
from jobgate.cli.options import DatabaseUrl, fail, plain_help, settings_from
from jobgate.cli.serve import prepare_store
from jobgate.store import file_load
from jobgate.store.clock import from_ms, now_ms
from jobgate.store.engine import Store
from jobgate.store.file_load import Item, LoadConflict, LoadLineError

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


class _Interrupted(Exception):
    pass


class FileLoader:
    """Runs one load: finds where to start, then commits batch after batch, each with the file's progress."""

    def __init__(self, store: Store, path: Path, *, batch_size: int, restart: bool) -> None:
        self.store, self.path, self.batch_size = store, path, batch_size
        with store.read() as conn:
            rows = file_load.progress_rows(conn)
        self.scan = scan(path, {r.lines_done for r in rows})
        now = now_ms()
        fresh = file_load.Progress(fingerprint=self.scan.sha256, source=str(path.resolve()), lines_done=0,
                                   prefix_sha256=hashlib.sha256().hexdigest(), total_lines=self.scan.lines,
                                   started_at=now, updated_at=now)
        resume = None if restart else file_load.choose_resume(rows, self.scan.prefix_hashes)
        same = next((r for r in rows if r.fingerprint == self.scan.sha256), None)
        if resume is None:  # a new load (or --restart): this file's own row, reset if it has one
            self.state, self.stored = fresh, same.lines_done if same is not None else None
        else:
            self.state = file_load.Progress(**{**resume.__dict__, "source": fresh.source,
                                               "total_lines": self.scan.lines})
            self.stored = resume.lines_done
        self.first_line = self.state.lines_done + 1
        self.resumed = resume
        self.definitions = self.instances = self.jobs = 0

    def run(self, progress: Progress) -> None:
        task = progress.add_task(self.path.name, total=max(self.scan.lines, 1), completed=self.state.lines_done,
                                 instances=self.state.instances)
        prefix = hashlib.sha256()
        batch: list[tuple[int, Item]] = []
        filled = number = 0
        with self.path.open("rb") as f:
            for number, raw in enumerate(f, start=1):
                prefix.update(hashed(raw))
                if number < self.first_line:
                    continue
                item = parse_line(number, raw)
                if item is not None:
                    batch.append((number, item))
                    filled += weight(item)
                if filled >= self.batch_size:
                    self._commit(batch, number, prefix.hexdigest())
                    progress.update(task, completed=number, instances=self.state.instances)
                    batch, filled = [], 0
        if number > self.state.lines_done or self.state.finished_at is None:
            self.state = file_load.Progress(**{**self.state.__dict__, "total_lines": number})
            self._commit(batch, number, prefix.hexdigest())
            progress.update(task, completed=max(number, 1), instances=self.state.instances)

    def _commit(self, batch: list[tuple[int, Item]], last_line: int, prefix_sha256: str) -> None:
        before = self.state
        with self.store.write() as conn:
            after, _ = file_load.commit_batch(conn, progress=before, stored_lines=self.stored, items=batch,
                                              lines_done=last_line, prefix_sha256=prefix_sha256, now=now_ms())
        self.state, self.stored = after, after.lines_done  # only once committed
        self.definitions += self.state.definitions - before.definitions
        self.instances += self.state.instances - before.instances
        self.jobs += self.state.jobs - before.jobs

    def reread(self) -> None:
        """After an interruption: what the store holds (a commit may have finished as the interrupt came)."""
        try:
            with self.store.read() as conn:
                rows = [r for r in file_load.progress_rows(conn) if r.fingerprint == self.state.fingerprint]
        except Exception:  # the store is gone: report what this process saw committed
            return
        if rows:
            self.state = rows[0]

    def where_we_are(self) -> str:
        done = self.state.lines_done
        return "nothing of this file is in the store" if done == 0 else f"lines 1-{done} are in the store"


def _when(ms: int) -> str:
    return from_ms(ms).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def load(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True, show_default=False, metavar="FILE",
                                         help="the JSON-lines file (one definition or instance per line)")],
    database_url: DatabaseUrl = None,
    batch_size: Annotated[int, typer.Option(min=1, show_default=False, help=plain_help(
        "instances per transaction (a definition counts as one)", 1000))] = 1000,
    restart: Annotated[bool, typer.Option("--restart", show_default=False, help=plain_help(
        "load the whole file again, also lines a previous load committed", False))] = False,
) -> None:
    url = settings_from("load", database_url=database_url).database_url
    with store_errors("load", url):
        try:
            prepare_store(url)
            store = Store(url, pool_size=1, threads=1)
            try:
                _run(FileLoader(store, file, batch_size=batch_size, restart=restart), file, url)
            finally:
                store.dispose()
        except KeyboardInterrupt:  # before the first batch began
            fail("load", "interrupted before loading anything", code=130)


load.__doc__ = HELP


def _run(loader: FileLoader, file: Path, url: str) -> None:
    state, resumed, err = loader.state, loader.resumed, Console(stderr=True)
    if loader.scan.lines == 0:
        typer.echo(f"nothing to load: {file} is empty")
        return
    if resumed is not None and resumed.finished_at is not None and resumed.lines_done >= loader.scan.lines:
        typer.echo(f"nothing to load: all {resumed.lines_done} lines of {file} were loaded "
                   f"({_when(resumed.finished_at)}: {resumed.instances} instances, {resumed.jobs} jobs); "
                   "--restart loads them again")
        return
    if resumed is not None:
        typer.echo(f"resuming: lines 1-{resumed.lines_done} of {file} are in the store (load begun "
                   f"{_when(resumed.started_at)}); continuing at line {resumed.lines_done + 1}", err=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("lines"),
               TextColumn("{task.fields[instances]} instances"), TimeElapsedColumn())
    try:
        with Progress(*columns, console=err) as progress:
            loader.run(progress)
    except KeyboardInterrupt:
        loader.reread()
        fail("load", f"interrupted; {loader.where_we_are()}: run the same command again to continue at line "
                     f"{loader.state.lines_done + 1}", code=130)
    except (LineInvalid, LoadLineError) as exc:
        start = loader.state.lines_done + 1
        fail("load", f"line {exc.line} of {file}: {exc.message}; nothing of lines {start}-{exc.line} was written, "
                     f"{loader.where_we_are()}: fix the line and run the same command again to continue at "
                     f"line {start}")
    except LoadConflict as exc:
        fail("load", f"{exc}; {loader.where_we_are()}: run the same command again to continue")
    first = state.lines_done + 1
    typer.echo(f"loaded lines {first}-{loader.state.lines_done} of {file}"
               f"{' (resumed)' if resumed is not None else ''}: {loader.definitions} process definitions, "
               f"{loader.instances} process instances and {loader.jobs} jobs into {mask_url(url)}")
