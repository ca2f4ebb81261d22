"""`jobgate serve --workers N`: N server processes accepting on one listening socket.

The parent binds the socket once, then starts N children with multiprocessing's spawn start method (a fresh
interpreter each: no event loop, thread or database connection is inherited) and hands each the socket; the
kernel gives every new connection to one child that is waiting in accept(). Each child builds its own app (its
own store pool, long-poll hub and metrics) and runs uvicorn on the socket, exactly as a single `jobgate serve`.

The children share the store, and so its rules: a SQLite file serialises writers across processes (BEGIN
IMMEDIATE), PostgreSQL claims with FOR UPDATE SKIP LOCKED; a job is handed out once either way. A job made
claimable in one child wakes long polls parked in the others through jobgate.pubsub (LISTEN/NOTIFY on
PostgreSQL, datagrams between the processes of one SQLite file: jobgate.pubsub_sqlite), and the hub's periodic
probe catches anything a lost notification missed.

The parent only supervises: SIGINT/SIGTERM go on to the children (their long polls answer at once, as in a
single process) and it waits for them; a child that dies while the server runs is started again after a pause.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from multiprocessing.context import SpawnProcess
from typing import Any

from jobgate.settings import Settings

log = logging.getLogger("jobgate.serve")
RESTART_PAUSE_S = 1.0
STOP_WAIT_S = 15.0


def exit_with_parent() -> None:
    """In a child: shut down (SIGTERM to itself) when the supervising parent is gone, even by SIGKILL."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="jobgate-parent-watch", daemon=True).start()


def bind(settings: Settings) -> socket.socket:
    """The listening socket the children share (IPv6 when the host is an IPv6 address)."""
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((settings.host, settings.port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def supervise(settings: Settings, run_child: Callable[[Settings, socket.socket], None]) -> None:
    """Run `run_child(settings, sock)` in settings.workers spawned processes until SIGINT/SIGTERM."""
    sock = bind(settings)
    context = multiprocessing.get_context("spawn")
    stopping = False

    def start() -> SpawnProcess:
        process = context.Process(target=run_child, args=(settings, sock), name="jobgate-worker", daemon=False)
        process.start()
        return process

    def stop(signum: int, _frame: Any) -> None:
        nonlocal stopping
        stopping = True
        for process in children:
            if process.pid is not None and process.is_alive():
                process.terminate()  # SIGTERM: the child's uvicorn shuts down gracefully

    children = [start() for _ in range(settings.workers)]
    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stopping:
            for i, process in enumerate(children):
                if not process.is_alive() and not stopping:
                    log.warning("worker process %s exited with %s; starting another", process.pid, process.exitcode)
                    time.sleep(RESTART_PAUSE_S)
                    if not stopping:
                        children[i] = start()
            time.sleep(0.2)
        deadline = time.monotonic() + STOP_WAIT_S
        for process in children:
            process.join(max(0.1, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join(5)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        sock.close()
