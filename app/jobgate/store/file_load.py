"""Loading a JSON-lines file in bounded, resumable batches (`jobgate load`): the store side.

A file's load has one row in load_progress, keyed by the sha256 of the file when its load began. Each batch is
one write transaction: it deploys and starts what its lines say and moves the row forward to the batch's last
line, so after an interruption the row names exactly the lines that are in the store. The row also holds the
hash of those lines (prefix_sha256): a later run whose file begins with exactly these lines continues after
them, also when lines after them were fixed or appended since (see `choose_resume`).

The claimable job types of a batch are announced with pg_notify inside its transaction, so parked long polls of
running servers wake when it commits (the same channel as app/jobgate/pubsub.py); SQLite servers find the jobs
with their periodic probe.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.pubsub import CHANNEL, MAX_PAYLOAD
from jobgate.store.definitions import deploy, start_instances
from jobgate.store.errors import Conflict, InvalidRequest, NotFound
from jobgate.store.model import DefinitionSpec, InstanceSpec
from jobgate.store.tables import LOAD_PROGRESS

Item = DefinitionSpec | InstanceSpec


@dataclass(frozen=True, kw_only=True)
class Progress:
    """One row of load_progress: lines 1..lines_done of the file are in the store."""

    fingerprint: str
    source: str
    lines_done: int
    prefix_sha256: str
    total_lines: int
    definitions: int = 0
    instances: int = 0
    jobs: int = 0
    started_at: int
    updated_at: int
    finished_at: int | None = None


class LoadLineError(Exception):
    """The store refused the item of one line (e.g. an instance of an unknown definition)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


class LoadConflict(RuntimeError):
    """Another `jobgate load` of the same file committed a batch in the meantime."""


def progress_rows(conn: Connection) -> list[Progress]:
    rows = conn.execute(sa.select(LOAD_PROGRESS).order_by(LOAD_PROGRESS.c.started_at)).mappings().all()
    return [Progress(**dict(r)) for r in rows]


def unfinished(conn: Connection) -> list[Progress]:
    return [p for p in progress_rows(conn) if p.finished_at is None]


def choose_resume(rows: Iterable[Progress], prefix_hashes: Mapping[int, str]) -> Progress | None:
    """The load this file continues: the row with the most lines whose committed lines begin this file.

    prefix_hashes maps a line count n to the hash of this file's first n lines (for the counts the rows hold).
    """
    matches = [r for r in rows if r.lines_done > 0 and prefix_hashes.get(r.lines_done) == r.prefix_sha256]
    return max(matches, key=lambda r: (r.lines_done, r.updated_at), default=None)


def _notify(conn: Connection, types: Iterable[str]) -> None:
    """Announce claimable job types to running servers; PostgreSQL delivers it when the transaction commits."""
    if conn.dialect.name != "postgresql":
        return
    batch: list[str] = []
    for t in sorted(set(types)):
        if batch and len(json.dumps([*batch, t])) > MAX_PAYLOAD:
            conn.execute(sa.select(sa.func.pg_notify(CHANNEL, json.dumps(batch))))
            batch = []
        batch.append(t)
    if batch:
        conn.execute(sa.select(sa.func.pg_notify(CHANNEL, json.dumps(batch))))


def _save(conn: Connection, progress: Progress, stored_lines: int | None) -> None:
    values: dict[str, Any] = {k: v for k, v in progress.__dict__.items() if k != "fingerprint"}
    lp = LOAD_PROGRESS
    if stored_lines is None:
        try:
            conn.execute(sa.insert(lp).values(fingerprint=progress.fingerprint, **values))
        except sa.exc.IntegrityError:
            raise LoadConflict("another `jobgate load` of this file committed lines first") from None
        return
    moved = conn.execute(sa.update(lp).where(lp.c.fingerprint == progress.fingerprint,
                                             lp.c.lines_done == stored_lines).values(**values))
    if moved.rowcount != 1:
        raise LoadConflict("another `jobgate load` of this file committed lines in the meantime")


def commit_batch(conn: Connection, *, progress: Progress, stored_lines: int | None,
                 items: Sequence[tuple[int, Item]], lines_done: int, prefix_sha256: str,
                 now: int) -> tuple[Progress, set[str]]:
    """Load one batch (items with their line numbers) and move the file's progress row to `lines_done`.

    `progress` is the state before the batch; `stored_lines` what its row holds now (None: no row yet). Returns
    the new state and the job types that became claimable. Everything happens in the caller's transaction.
    """
    definitions = instances = jobs = 0
    types: set[str] = set()
    for line, item in items:
        try:
            if isinstance(item, DefinitionSpec):
                deploy(conn, spec=item, now=now)
                definitions += 1
            else:
                started, claimable = start_instances(conn, spec=item, now=now)
                instances += len(started)
                jobs += sum(len(s.jobs) for s in started)
                types |= claimable
        except (InvalidRequest, NotFound, Conflict) as exc:
            raise LoadLineError(line, exc.message) from None
    after = replace(progress, lines_done=lines_done, prefix_sha256=prefix_sha256,
                    definitions=progress.definitions + definitions, instances=progress.instances + instances,
                    jobs=progress.jobs + jobs, updated_at=now,
                    finished_at=now if lines_done >= progress.total_lines else None)
    _save(conn, after, stored_lines)
    _notify(conn, types)
    return after, types
