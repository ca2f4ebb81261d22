"""Wake-ups between processes of one SQLite file (app/jobgate/pubsub_sqlite.py), with real Unix datagram sockets.

Two SqlitePubSub instances on one file stand for two processes (each binds its own socket): what one publishes
the other receives, never itself; a different file's processes hear nothing; a socket left behind by a dead
process is removed on the next publish; types published in one loop turn travel as one datagram.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterable
from pathlib import Path

from jobgate import pubsub
from jobgate.pubsub_sqlite import SqlitePubSub, wake_dir


class Inbox:
    def __init__(self) -> None:
        self.batches: list[list[str]] = []
        self.event = asyncio.Event()

    def __call__(self, types: Iterable[str]) -> None:
        self.batches.append(sorted(types))
        self.event.set()

    async def next(self, timeout: float = 2) -> list[str]:
        await asyncio.wait_for(self.event.wait(), timeout)
        self.event.clear()
        return self.batches.pop(0)


async def test_processes_of_one_file_wake_each_other(tmp_path: Path) -> None:
    db = str(tmp_path / "jobgate.db")
    a, b, other = SqlitePubSub(db), SqlitePubSub(db), SqlitePubSub(str(tmp_path / "other.db"))
    inbox_a, inbox_b, inbox_other = Inbox(), Inbox(), Inbox()
    await a.start(inbox_a)
    await b.start(inbox_b)
    await other.start(inbox_other)
    try:
        a.publish(["x"])
        a.publish(["y", "x"])  # same loop turn: one datagram with both
        assert await inbox_b.next() == ["x", "y"]
        b.publish(["z"])
        assert await inbox_a.next() == ["z"]
        await asyncio.sleep(0.1)
        assert inbox_a.batches == [] and inbox_b.batches == []  # nobody hears itself, nothing arrives twice
        assert inbox_other.batches == []  # another file's processes hear nothing
    finally:
        for p in (a, b, other):
            await p.stop()
    assert not a.path.exists() and not b.path.exists()  # a clean stop removes its socket


async def test_a_dead_process_socket_is_removed(tmp_path: Path) -> None:
    db = str(tmp_path / "jobgate.db")
    directory = wake_dir(db)
    directory.mkdir(mode=0o700, exist_ok=True)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    dead.bind(str(directory / "1-dead"))
    dead.close()  # the file stays, nobody listens: what a killed process leaves
    a, b = SqlitePubSub(db), SqlitePubSub(db)
    inbox = Inbox()
    await a.start(Inbox())
    await b.start(inbox)
    try:
        a.publish(["t"])
        assert await inbox.next() == ["t"]  # the live peer still gets it
        assert not (directory / "1-dead").exists()
    finally:
        await a.stop()
        await b.stop()


def test_for_url_picks_the_file_notifier_for_sqlite_files(tmp_path: Path) -> None:
    assert isinstance(pubsub.for_url(f"sqlite:///{tmp_path / 'x.db'}"), SqlitePubSub)
    assert type(pubsub.for_url("sqlite://")) is pubsub.PubSub
    assert type(pubsub.for_url("sqlite:///:memory:")) is pubsub.PubSub
