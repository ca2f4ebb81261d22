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
- Batches written on the event loop (jobgate.store.inline_write) commit on a connection whose automatic checkpoint
  is off, so that no checkpoint (a copy of up to a thousand pages and two fsyncs) holds the loop: every
  CHECKPOINT_EVERY such commits this thread runs a passive checkpoint on a connection of its own, after the
  flushes that wait for it.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import threading
from collections.abc import Callable

from jobgate.store.errors import StoreUnavailable
from jobgate.store.guard import unavailable
from jobgate.store.threads import call_soon

CHECKPOINT_EVERY = 64  # inline commits between two passive checkpoints


class WalSyncer:
    """A thread that flushes an SQLite database's WAL for the commits that wait on it. `close` ends the thread
    once what waits is flushed; a later request starts another (a Store may be used again after `dispose`)."""

    def __init__(self, database: str) -> None:
        self.database = database
        self.flushes = 0  # fdatasync calls made (tests and benchmarks read it)
        self.checkpoints = 0  # passive checkpoints run
        self._commits = 0
        self._checkpoint_due = False
        self._checkpointer: sqlite3.Connection | None = None
        self._cond = threading.Condition()
        self._waiting: list[tuple[asyncio.AbstractEventLoop, Callable[[str | None], None]]] = []
        self._thread: threading.Thread | None = None

    def after_flush(self, loop: asyncio.AbstractEventLoop, callback: Callable[[str | None], None]) -> None:
        """Call callback(None) on `loop` once everything committed before this call is on disk, or
        callback(error text) if it cannot be. From any thread (the lane's store thread asks straight after its
        commit, without a hop through the event loop)."""
        with self._cond:
            self._waiting.append((loop, callback))
            self._wake()

    def committed(self) -> None:
        """An inline write committed (its connection does not checkpoint): count it towards the next checkpoint."""
        self._commits += 1
        if self._commits >= CHECKPOINT_EVERY:
            self._commits = 0
            with self._cond:
                self._checkpoint_due = True
                self._wake()

    def _wake(self) -> None:  # with self._cond held
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
        if self._checkpointer is not None and (thread is None or not thread.is_alive()):
            self._checkpointer.close()
            self._checkpointer = None

    def _run(self) -> None:
        me = threading.current_thread()
        while True:
            with self._cond:
                while not self._waiting and not self._checkpoint_due and self._thread is me:
                    self._cond.wait()
                if not self._waiting and self._thread is not me:
                    return  # closed, and nothing left to flush
                waiting, self._waiting = self._waiting, []
                checkpoint, self._checkpoint_due = self._checkpoint_due, False
            if waiting:
                error = self._flush()
                for loop, callback in waiting:
                    call_soon(loop, callback, error)
            if checkpoint:
                self._checkpoint()

    def _checkpoint(self) -> None:
        """A passive checkpoint: the frames no reader needs are copied into the database file (it never waits for
        a lock; a failure is left to the next one, or to the writer's own automatic checkpoint)."""
        try:
            if self._checkpointer is None:
                self._checkpointer = sqlite3.connect(self.database, timeout=0, isolation_level=None,
                                                     check_same_thread=False)
            self._checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            self.checkpoints += 1
        except sqlite3.Error:
            if self._checkpointer is not None:
                self._checkpointer.close()
            self._checkpointer = None

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
