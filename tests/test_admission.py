"""The admission middleware's body timeout: a body still on its way is read under the timeout; one that has
arrived whole (the protocol marks the scope, jobgate.httpserver) is read without opening a timeout scope."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from jobgate import admission
from jobgate.admission import BODY_RECEIVED_KEY, AdmissionMiddleware
from jobgate.runtime import Services
from jobgate.settings import Settings
from tests.conftest import sqlite_url

pytestmark = pytest.mark.anyio

BODY = b'{"status": "completed"}'


def _scope(**extra: Any) -> dict[str, Any]:
    return {"type": "http", "method": "PATCH", "path": "/zeebe/jobs/1", "query_string": b"",
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())],
            **extra}


async def _echo_status(scope: Any, receive: Any, send: Any) -> None:
    message = await receive()
    assert message["body"] == BODY
    await send({"type": "http.response.start", "status": 204, "headers": []})
    await send({"type": "http.response.body", "body": b""})


async def _call(middleware: AdmissionMiddleware, scope: dict[str, Any], receive: Any) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await middleware(scope, receive, send)
    return sent


@pytest.fixture
def middleware(tmp_path: Any) -> AdmissionMiddleware:
    services = Services(Settings(database_url=sqlite_url(tmp_path / "a.db"), body_timeout=0.2))
    return AdmissionMiddleware(_echo_status, services)


@pytest.fixture
def timeouts(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The deadlines of the timeout scopes the middleware opens."""
    opened: list[float] = []
    real = asyncio.timeout_at

    def counting(when: float) -> Any:
        opened.append(when)
        return real(when)

    monkeypatch.setattr(admission.asyncio, "timeout_at", counting)
    return opened


async def test_a_body_that_has_arrived_is_read_without_a_timeout(middleware: AdmissionMiddleware,
                                                                  timeouts: list[float]) -> None:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": BODY, "more_body": False}

    sent = await _call(middleware, _scope(**{BODY_RECEIVED_KEY: True}), receive)
    assert sent[0]["status"] == 204 and timeouts == []
    sent = await _call(middleware, _scope(), receive)  # the same request, its body not marked as here
    assert sent[0]["status"] == 204 and len(timeouts) == 1


async def test_a_body_on_its_way_is_still_cut_at_the_timeout(middleware: AdmissionMiddleware,
                                                             timeouts: list[float]) -> None:
    async def never() -> dict[str, Any]:
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")

    sent = await _call(middleware, _scope(), never)
    assert sent[0]["status"] == 408 and len(timeouts) == 1
    assert (b"connection", b"close") in [(k.lower(), v) for k, v in sent[0]["headers"]]
