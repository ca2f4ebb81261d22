"""Durable commits of an SQLite file whose disk flush does not hold the write lane (group commit's WAL sync).

With `synchronous=FULL` every COMMIT waits for an fdatasync of the WAL (0.3-0.6 ms on the benchmark host) while it
holds SQLite's write lock and the group-commit lane: the next batch waited for the disk too, and the flush was
about half of the lane's time in the worker loop. Instead a batch of durable commands commits with
`synchronous=NORMAL` (its WAL frames written, not flushed), the lane goes on with the next batch, and this
syncer's thread flushes the WAL file; the batch's commands are acknowledged only after a flush that began after
their commit returned. One flush covers every commit written before it began, so under load one fdatasync serves
several batches.

- Checkpoints: with `synchronous=NORMAL` SQLite flushes the WAL before it copies frames into the database file
  and flushes the database file after, so a frame checkpointed (and the WAL restarted) before our flush is on
  disk in the database file. The WAL is opened afresh for each flush (never a stale descriptor of a file that was
  replaced); where there is no WAL, the database file is flushed instead.
- What changes: a commit is visible to other requests a moment before it is acknowledged (as with InnoDB's group
  commit). A power loss in that window loses it; its caller was never told that it succeeded.
- A flush that fails fails every command waiting for it with StoreUnavailable (503): their transaction was
  committed, but nobody can say that it is on disk.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable

from jobgate.store.errors import StoreUnavailable
from jobgate.store.guard import unavailable
from jobgate.store.threads import call_soon


class WalSyncer:
    """A thread that flushes an SQLite database's WAL for the commits that wait on it. `close` ends the thread
    once what waits is flushed; a later request starts another (a Store may be used again after `dispose`)."""

    def __init__(self, database: str) -> None:
        self.database = database
        self.flushes = 0  # fdatasync calls made (tests and benchmarks read it)
        self._cond = threading.Condition()
        self._waiting: list[tuple[asyncio.AbstractEventLoop, Callable[[str | None], None]]] = []
        self._thread: threading.Thread | None = None

    def after_flush(self, loop: asyncio.AbstractEventLoop, callback: Callable[[str | None], None]) -> None:
        """Call callback(None) on `loop` once everything committed before this call is on disk, or
        callback(error text) if it cannot be. From any thread (the lane's store thread asks straight after its
        commit, without a hop through the event loop)."""
        with self._cond:
            self._waiting.append((loop, callback))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="jobgate-wal-sync", daemon=True)
                self._thread.start()
            self._cond.notify()

    def close(self) -> None:
        with self._cond:
            thread, self._thread = self._thread, None
            self._cond.notify_all()
        if thread is not None:
            thread.join(10)

    def _run(self) -> None:
        me = threading.current_thread()
        while True:
            with self._cond:
                while not self._waiting and self._thread is me:
                    self._cond.wait()
                if not self._waiting:
                    return  # closed, and nothing left to flush
                waiting, self._waiting = self._waiting, []
            error = self._flush()
            for loop, callback in waiting:
                call_soon(loop, callback, error)

    def _flush(self) -> str | None:
        """fdatasync the WAL (or, without one, the database file); the error's text when that fails."""
        for path in (self.database + "-wal", self.database):
            try:
                fd = os.open(path, os.O_RDONLY)
            except FileNotFoundError:
                continue
            except OSError as exc:
                return f"{path}: {exc.strerror or exc}"
            try:
                os.fdatasync(fd)
            except OSError as exc:
                return f"{path}: {exc.strerror or exc}"
            finally:
                os.close(fd)
            self.flushes += 1
            return None
        return f"{self.database}: no such file"


def flush_error(error: str) -> StoreUnavailable:
    return unavailable(f"the commit could not be flushed to disk ({error})")
