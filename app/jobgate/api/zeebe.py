"""Zeebe job-worker handlers (/zeebe): activation with long polling, and job commands."""

from __future__ import annotations

import functools
import json
from typing import Any

import orjson
from connexion import request
from connexion.context import _receive
from starlette.responses import Response
from starlette.types import Receive

from jobgate.api import storable
from jobgate.api.common import json_response, no_content, tenants
from jobgate.api.durations import parse_duration_ms
from jobgate.api.zeebe_format import activated_job, activation_body, jsonable
from jobgate.longpoll import ActivationRequest
from jobgate.parking import DISCONNECT_KEY
from jobgate.runtime import services
from jobgate.store import completion, flow
from jobgate.store.activation import ActivatedJob
from jobgate.store.clock import now_ms
from jobgate.store.errors import InvalidRequest


async def _disconnected() -> None:
    """Returns when the client goes away (the ASGI server sends http.disconnect)."""
    await _until_disconnect(request.receive)


async def _until_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def activate_jobs(type_: str, max_jobs_to_activate: int = 32, worker: str = "default", job_timeout: str = "5m",
                        fetch_variables: list[str] | None = None, request_timeout: int | None = None) -> Response:
    req = ActivationRequest(
        type=type_, worker=worker, max_jobs=max_jobs_to_activate,
        timeout_ms=_job_timeout_ms(job_timeout),
        fetch_variables=[n for n in fetch_variables or () if n] or None, request_timeout_ms=request_timeout or 0,
        tenants=tenants(),
    )
    # This request's receive channel, taken now: a parked request has no Connexion context (jobgate.parking).
    disconnected = functools.partial(_until_disconnect, _receive.get())
    return await services().hub.answer(req, _jobs_response, disconnected=disconnected,
                                       on_disconnect=request.scope.get(DISCONNECT_KEY))


def _jobs_response(jobs: list[ActivatedJob]) -> Response:
    encoded = [j.encoded for j in jobs if j.encoded is not None]
    if len(encoded) == len(jobs):  # encoded within the byte budget, in the store thread
        return Response(activation_body(encoded), media_type="application/json")
    payload = {"data": {"jobs": [activated_job(j) for j in jobs]}, "error": None}
    try:
        return json_response(payload)
    except orjson.JSONEncodeError:
        # The jobs are leased already: never fail here. Variables written through another API may hold what
        # orjson cannot encode (integers beyond 64 bits, deep nesting); send a JSON-safe copy instead.
        return json_response(jsonable(payload))


def _job_timeout_ms(text: str) -> int:
    timeout = parse_duration_ms(text, name="jobTimeout")
    if timeout < 1:
        raise InvalidRequest(f"Invalid jobTimeout '{text}': a lease must last at least 1ms.")
    return timeout


async def update_job(key: int, body: dict[str, Any] | bytes) -> Response:
    if not isinstance(body, dict):
        # No Content-Type: Connexion validated the body as JSON (its best guess) but hands over the raw bytes.
        body = json.loads(body)
        assert isinstance(body, dict)
    svc = services()
    status = body["status"]
    visible = tenants()  # another tenant's job is not found, exactly as an unknown key
    if status == "completed":
        limit = svc.settings.max_variables_bytes
        storable.check_variables_size(body.get("variables"), limit)
        wake = await svc.store.committed_many(completion.complete_many, completion.Completion(
            key, body.get("variables"), now_ms(), visible, limit), completion.complete_alone)
    elif status == "failed":
        backoff = parse_duration_ms(body.get("retryBackoff") or "0ms", name="retryBackoff")
        wake = await svc.store.committed(flow.fail, key=key, retries=body["retries"], backoff_ms=backoff,
                                       error_message=body.get("errorMessage"), now=now_ms(), tenants=visible)
    else:
        wake = await svc.store.committed(flow.throw_error, key=key, error_code=body["errorCode"],
                                       error_message=body.get("errorMessage"), now=now_ms(), tenants=visible)
    svc.hub.wake(wake)
    return no_content()
