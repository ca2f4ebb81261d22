"""The work of `jobgate load`: find where a file's load stands, then commit batch after batch with a progress bar."""

from __future__ import annotations

import hashlib
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from jobgate.cli.failures import mask_url
from jobgate.cli.jsonl import LineInvalid, hashed, parse_line, scan, weight
from jobgate.cli.options import fail
from jobgate.store import file_load
from jobgate.store.clock import from_ms, now_ms
from jobgate.store.engine import Store
from jobgate.store.file_load import Item, LoadConflict, LoadLineError


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
        with interrupts_deferred():
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


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Ctrl-C (SIGINT) during a batch takes effect once the batch has committed (or failed), as KeyboardInterrupt.

    Interrupted in the middle of a command, psycopg's connection is left busy: the rollback that followed failed
    ("another command is already in progress"), its error replaced the KeyboardInterrupt, and an interrupted load
    ended as a store failure (exit 1, a logged traceback) instead of saying where it stopped (exit 130)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def _when(ms: int) -> str:
    return from_ms(ms).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def run_load(loader: FileLoader, file: Path, url: str) -> None:
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
    first, how = state.lines_done + 1, " (resumed)" if resumed is not None else ""
    typer.echo(f"loaded lines {first}-{loader.state.lines_done} of {file}{how}: "
               f"{_n(loader.definitions, 'process definition')}, {_n(loader.instances, 'process instance')} and "
               f"{_n(loader.jobs, 'job')} into {mask_url(url)}")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
