"""Cross-process wake-ups on one SQLite file: a datagram per wake-up between the processes that serve it.

SQLite has no LISTEN/NOTIFY. Each process serving a file binds a Unix datagram socket in a directory that belongs
to that file (`<temp dir>/jobgate-<uid>-<hash of the file's real path>/<pid>-<random>`, short enough for the 108-byte
socket path limit); publishing sends the woken types as JSON to every other socket there. So `jobgate serve
--workers N`, and separately started servers on the same file, wake each other's long polls within a loop turn
instead of the probe interval. Types published within one loop turn go out as one datagram per peer.

Best effort, like LISTEN/NOTIFY: a full peer buffer or a vanished peer drops the datagram (a socket nobody
listens on any more, left by a killed process, is removed), and the hub's periodic probe still finds the jobs.
Only processes on the same machine (the same temp directory) see each other; SQLite needs that anyway.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import json
import logging
import os
import secrets
import socket
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from jobgate.pubsub_base import PubSub, chunks

log = logging.getLogger("jobgate.pubsub")
MAX_DATAGRAM = 65_000


def wake_dir(database_file: str) -> Path:
    digest = hashlib.sha256(os.path.realpath(database_file).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"jobgate-{os.getuid()}-{digest}"


class SqlitePubSub(PubSub):
    def __init__(self, database_file: str) -> None:
        self.directory = wake_dir(database_file)
        self.path = self.directory / f"{os.getpid()}-{secrets.token_hex(4)}"
        self._sock: socket.socket | None = None
        self._pending: set[str] = set()
        self._loop: asyncio.AbstractEventLoop | None = None

    async def start(self, on_types: Callable[[Iterable[str]], None]) -> None:
        self._loop = asyncio.get_running_loop()
        try:
            self.directory.mkdir(mode=0o700, exist_ok=True)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            sock.setblocking(False)
            sock.bind(str(self.path))
        except OSError as exc:  # e.g. the directory belongs to someone else: the probe alone finds other jobs
            log.warning("no cross-process wake-ups for this SQLite file (%s); the probe finds other processes' jobs",
                        exc)
            return
        self._sock = sock
        self._loop.add_reader(sock.fileno(), self._receive, on_types)

    def _receive(self, on_types: Callable[[Iterable[str]], None]) -> None:
        assert self._sock is not None
        while True:
            try:
                data = self._sock.recv(MAX_DATAGRAM)
            except (BlockingIOError, InterruptedError):
                return
            with contextlib.suppress(ValueError, TypeError):
                on_types([str(t) for t in json.loads(data)])

    def publish(self, types: Iterable[str]) -> None:
        if self._sock is None:
            return
        if not self._pending:
            asyncio.get_running_loop().call_soon(self._flush)
        self._pending.update(types)

    def _flush(self) -> None:
        types, self._pending = self._pending, set()
        if self._sock is None or not types:
            return
        payloads = [p.encode() for p in chunks(types)]
        try:
            peers = [p for p in os.scandir(self.directory) if p.name != self.path.name]
        except OSError:
            return
        for peer in peers:
            for payload in payloads:
                try:
                    self._sock.sendto(payload, peer.path)
                except (ConnectionRefusedError, FileNotFoundError):  # its process is gone: remove what it left
                    with contextlib.suppress(OSError):
                        os.unlink(peer.path)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EWOULDBLOCK, errno.ENOBUFS):
                        log.warning("wake-up datagram failed: %s", exc)
                    break  # a busy peer: its probe finds the jobs

    async def stop(self) -> None:
        if self._sock is not None:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_reader(self._sock.fileno())
            self._sock.close()
            self._sock = None
            with contextlib.suppress(OSError):
                self.path.unlink()
