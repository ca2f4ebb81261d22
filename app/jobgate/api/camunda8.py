"""Camunda 8 job handlers (/v2): activation with long polling on the shared hub, job commands, search, topology."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from connexion import request
from starlette.responses import Response

from jobgate.api import storable
from jobgate.api.camunda8_format import (
    DEFAULT_TENANT,
    Rejection,
    activated_job,
    invalid_state,
    not_found,
    search_result,
    topology,
)
from jobgate.api.common import json_response, no_content, tenants
from jobgate.api.index import installed_version
from jobgate.api.zeebe_format import jsonable
from jobgate.longpoll import ActivationRequest
from jobgate.runtime import services
from jobgate.store import camunda8_jobs, completion, flow
from jobgate.store.activation import ExactTenants
from jobgate.store.clock import now_ms
from jobgate.store.engine import Store
from jobgate.store.errors import InvalidRequest, JobNotCommandable, NotFound
from jobgate.store.queries import NO_MATCH, to_key
from jobgate.store.tables import COMPLETED

KEY_FIELDS = ("jobKey", "processDefinitionKey", "processInstanceKey", "elementInstanceKey")
ACTIONS = {"throw_error": "throw an error for"}  # the store's action names as Camunda words them


async def _disconnected() -> None:
    """Returns when the client goes away (the ASGI server sends http.disconnect)."""
    receive = request.receive
    while (await receive())["type"] != "http.disconnect":
        pass


def _body(body: dict[str, Any] | bytes | None) -> dict[str, Any]:
    """The JSON body as a dict; an absent or empty one (the SDK sends none to complete a job) counts as {}."""
    if isinstance(body, bytes | str):
        body = json.loads(body) if body.strip() else None
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise InvalidRequest("The request body must be a JSON object.")
    return body


def _activation_tenants(body: dict[str, Any]) -> frozenset[str] | None:
    """No tenantIds: jobs without a tenant (Camunda without multi-tenancy); a list: exactly those tenants;
    ASSIGNED: the caller's. With authentication on, a listed tenant outside the caller's is a 401."""
    visible = tenants()
    if body.get("tenantFilter") == "ASSIGNED":
        return visible
    ids = body.get("tenantIds") or [DEFAULT_TENANT]
    named = {t for t in ids if t != DEFAULT_TENANT}
    if visible is not None and not named <= visible:
        raise Rejection(401, "ACTIVATE", "UNAUTHORIZED",
                        f"Expected to activate job batch for tenants '[{', '.join(sorted(named))}]', but user is not "
                        f"authorized. Authorized tenants are '[{', '.join(sorted(visible))}]'")
    return ExactTenants(named, tenantless=DEFAULT_TENANT in ids)


async def activate_jobs(body: dict[str, Any]) -> Response:
    svc = services()
    req = ActivationRequest(
        type=body["type"], worker=body.get("worker") or "", max_jobs=body["maxJobsToActivate"],
        timeout_ms=body["timeout"], fetch_variables=[n for n in body.get("fetchVariable") or () if n] or None,
        request_timeout_ms=body.get("requestTimeout") or 0, tenants=_activation_tenants(body),
    )
    jobs = await svc.hub.activate(req, disconnected=_disconnected)
    facts = await svc.store.reading(camunda8_jobs.activation_facts, keys=[j.key for j in jobs]) if jobs else {}
    payload = {"jobs": [activated_job(j, facts.get(j.key)) for j in jobs]}
    try:
        return json_response(payload)
    except orjson.JSONEncodeError:  # the jobs are leased already: never fail here (see api/zeebe.py)
        return json_response(jsonable(payload))


async def _command(intent: str, action: str, job_key: str, command: Callable[..., flow.Wake], **kwargs: Any
                   ) -> Response:
    """Run a job command (group commit); Camunda 8 answers 404 for a job that is gone (completed) and 409 for a
    wrong state."""
    return await _answer(intent, action, job_key, lambda store, key: store.committed(
        command, key=key, now=now_ms(), tenants=tenants(), **kwargs))


async def _answer(intent: str, action: str, job_key: str, run: Callable[[Store, int], Awaitable[flow.Wake]]
                  ) -> Response:
    key = to_key(job_key)
    if key == NO_MATCH:
        raise not_found(intent, action, job_key)
    svc = services()
    try:
        wake = await run(svc.store, key)
    except NotFound:
        raise not_found(intent, action, job_key) from None
    except JobNotCommandable as exc:
        if exc.state == COMPLETED:
            raise not_found(intent, action, job_key) from None
        raise invalid_state(intent, ACTIONS.get(exc.action, exc.action), job_key, exc.state) from None
    svc.hub.wake(wake)
    return no_content()


def _stored(body: dict[str, Any], *names: str) -> None:
    for name in names:
        storable.check(body.get(name), f"body.{name}")


async def complete_job(job_key: str, body: dict[str, Any] | bytes | None = None) -> Response:
    data = _body(body)
    _stored(data, "variables")
    limit = services().settings.max_variables_bytes
    storable.check_variables_size(data.get("variables"), limit)
    variables = data.get("variables")
    # as the Zeebe PATCH: concurrent completes run as a set (jobgate.store.completion)
    return await _answer("COMPLETE", "complete", job_key, lambda store, key: store.committed_many(
        completion.complete_many, completion.Completion(key, variables, now_ms(), tenants(), limit),
        completion.complete_alone))


async def fail_job(job_key: str, body: dict[str, Any] | bytes | None = None) -> Response:
    data = _body(body)
    _stored(data, "errorMessage")
    return await _command("FAIL", "fail", job_key, flow.fail, retries=data.get("retries") or 0,
                          backoff_ms=data.get("retryBackOff") or 0, error_message=data.get("errorMessage") or "")


async def throw_job_error(job_key: str, body: dict[str, Any]) -> Response:
    _stored(body, "errorCode", "errorMessage")
    if not body["errorCode"].strip():
        raise InvalidRequest("No errorCode provided.")
    return await _command("THROW_ERROR", "throw an error for", job_key, flow.throw_error,
                          error_code=body["errorCode"], error_message=body.get("errorMessage"))


async def update_job(job_key: str, body: dict[str, Any]) -> Response:
    changes = body["changeset"] or {}
    retries, timeout, priority = changes.get("retries"), changes.get("timeout"), changes.get("priority")
    if retries is None and timeout is None and priority is None:
        raise InvalidRequest("No changeset provided: set at least one of retries, timeout, priority.")
    return await _command("UPDATE", "update", job_key, camunda8_jobs.update, retries=retries, timeout_ms=timeout,
                          priority=priority)


def _search(body: dict[str, Any]) -> camunda8_jobs.JobSearch | None:
    """The search, or None when its filter can match no job."""
    equal: dict[str, Any] = {}
    failed_with_retries_left = None
    for name, value in (body.get("filter") or {}).items():
        if name == "hasFailedWithRetriesLeft":
            failed_with_retries_left = bool(value)
        elif name == "kind":
            if value != "BPMN_ELEMENT":
                return None
        elif name in KEY_FIELDS:
            equal[name] = to_key(value)
        elif name == "tenantId":
            equal[name] = None if value == DEFAULT_TENANT else value
        else:
            equal[name] = value
    sorting = [(s["field"], s.get("order") == "DESC") for s in body.get("sort") or ()]
    page = body.get("page") or {}
    return camunda8_jobs.JobSearch(equal=equal, failed_with_retries_left=failed_with_retries_left, sorting=sorting,
                                   first=page.get("from", 0), limit=page.get("limit", 100))


async def search_jobs(body: dict[str, Any] | bytes | None = None) -> Response:
    query = _search(_body(body))
    rows, total = ([], 0) if query is None else await services().store.reading(
        camunda8_jobs.search, query=query, tenants=tenants())
    page = {"totalItems": total, "hasMoreTotalItems": False, "startCursor": None, "endCursor": None}
    return json_response(jsonable({"items": [search_result(r) for r in rows], "page": page}))


async def get_topology() -> Response:
    url = request.url
    port = url.port or (443 if url.scheme == "https" else 80)
    version = installed_version()
    return json_response(topology(url.hostname or "127.0.0.1", port, version))
