"""Jobs loaded by `jobgate load` (another process) wake long polls parked in a running server.

PostgreSQL: the load's pg_notify, delivered when its batch commits (the server's probe runs only every 30 s
here, so a wake-up within seconds can only come from the notification). SQLite: the server's periodic probe.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from tests.cli.support import clean_env, cli_command, definition, write_jsonl
from tests.conftest import BACKENDS, backend_url


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    with backend_url(request.param, tmp_path) as u:
        yield request.param, u


async def test_a_parked_long_poll_gets_a_loaded_job(backend: tuple[str, str], tmp_path: Path) -> None:
    name, url = backend
    probe = 30_000 if name == "postgres" else 200
    app = create_app(Settings(database_url=url, probe_interval_ms=probe))
    services = services_of(app)
    await services.start()
    try:
        if name == "postgres":
            await asyncio.wait_for(services.pubsub.connected.wait(), 5)  # type: ignore[attr-defined]
        path = write_jsonl(tmp_path / "wake.jsonl", [definition("wake", "wake-me"),
                                                     {"bpmnProcessId": "wake", "businessKey": "W-1"}])
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            waiting = asyncio.create_task(client.get("/zeebe/jobs", params={
                "type": "wake-me", "requestTimeout": 20_000, "worker": "w1", "timeout": "1m"}))
            for _ in range(300):
                if services.hub.waiting:
                    break
                await asyncio.sleep(0.01)
            assert services.hub.waiting == 1
            loader = await asyncio.create_subprocess_exec(
                *cli_command("load", str(path), "--database-url", url), env=clean_env(),
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
            out, err = await loader.communicate()
            loaded = time.monotonic()
            assert loader.returncode == 0, err.decode()
            assert out.decode().startswith(f"loaded lines 1-2 of {path}: 1 process definition, 1 process instance")
            answer = await asyncio.wait_for(waiting, 10)
            elapsed = time.monotonic() - loaded
    finally:
        await services.stop()
    jobs = answer.json()["data"]["jobs"]
    assert [(j["type"], j["worker"]) for j in jobs] == [("wake-me", "w1")]
    assert elapsed < 5, f"woken {elapsed:.1f} s after the load"
