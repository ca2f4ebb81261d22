"""After an app's start-up (its lifespan), what start-up built is frozen (jobgate.gcsettle): a full collection then
walks only what was made since. Checked in a fresh interpreter, as a server process starts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jobgate import gcsettle

PROGRAM = """
import asyncio, gc, json, sys, time
from jobgate.main import create_app
from jobgate.settings import Settings

async def main():
    app = create_app(Settings(database_url=sys.argv[1]))
    inbox, sent = asyncio.Queue(), []
    await inbox.put({"type": "lifespan.startup"})

    async def send(message):
        sent.append(message["type"])

    task = asyncio.create_task(app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, inbox.get, send))
    while "lifespan.startup.complete" not in sent:
        assert not task.done(), sent
        await asyncio.sleep(0.01)
    started = time.perf_counter()
    gc.collect()
    full_ms = (time.perf_counter() - started) * 1000
    print(json.dumps({"frozen": gc.get_freeze_count(), "tracked": len(gc.get_objects()), "full_ms": full_ms}))
    await inbox.put({"type": "lifespan.shutdown"})
    await task

asyncio.run(main())
"""


def test_start_up_freezes_what_it_built(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", PROGRAM, f"sqlite:///{tmp_path / 'jobgate.db'}"],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    found = json.loads(out.strip().splitlines()[-1])
    assert found["frozen"] > 50_000, found  # the specs, validators, SQLAlchemy metadata, modules ...
    assert found["tracked"] < found["frozen"] / 5, found  # ... are no longer walked by a full collection


def test_only_the_first_start_up_of_a_process_freezes(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen: list[bool] = []
    monkeypatch.setattr(gcsettle, "_settled", False)
    monkeypatch.setattr(gcsettle.gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(gcsettle.gc, "collect", lambda: 0)
    assert gcsettle.settle_after_startup() is True
    assert gcsettle.settle_after_startup() is False
    assert frozen == [True]
