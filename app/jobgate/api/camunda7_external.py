"""Camunda 7 external-task handlers (/engine-rest/external-task): the worker API over the job store.

fetchAndLock locks at once when it can; otherwise (with asyncResponseTimeout) each topic waits in its type's FIFO
on the long-poll hub that also serves GET /zeebe/jobs, with a claim of its own that applies the topic's filters.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from starlette.responses import Response

from jobgate.api import camunda7_external_format as fmt
from jobgate.api import camunda7_lists as lists
from jobgate.api import storable
from jobgate.api.camunda7_variables import to_store
from jobgate.api.common import json_response, no_content, tenants
from jobgate.api.zeebe import _disconnected
from jobgate.longpoll import ActivationRequest, LongPollsExhausted
from jobgate.runtime import services
from jobgate.store import activation, external_tasks
from jobgate.store.activation import ActivatedJob
from jobgate.store.clock import now_ms
from jobgate.store.errors import InvalidRequest
from jobgate.store.external_task_query import count_tasks, list_tasks
from jobgate.store.external_tasks import ExternalTaskNotFound, Topic
from jobgate.store.flow import Wake
from jobgate.store.queries import NO_MATCH, to_key

MAX_TASKS = 1000  # locked per request at most (the hub's batch limit)
Handler = Callable[..., Awaitable[Response]]


def _engine_errors(handler: Handler) -> Handler:
    """Render the refusals of worker commands as the engine does (type and message)."""

    @functools.wraps(handler)
    async def wrapped(*args: Any, **kwargs: Any) -> Response:
        try:
            return await handler(*args, **kwargs)
        except LongPollsExhausted:  # the engine's answer when its fetch-and-lock queue is full (as a 503 here)
            return fmt.error("InvalidRequestException", "At the moment the server has to handle too many requests at "
                             "the same time. Please try again later.", 503)
        except Exception as exc:
            response = fmt.engine_error(exc)
            if response is None:
                raise
            return response

    return wrapped


def _key(id_: str) -> int:
    key = to_key(id_)
    if key == NO_MATCH:
        raise ExternalTaskNotFound(id_)
    return key


def _wake(wake: Wake) -> None:
    services().hub.wake(wake)


def _variables(body: dict[str, Any], name: str = "variables") -> dict[str, Any] | None:
    converted = to_store(body.get(name))
    if converted:
        storable.check(converted, f"body.{name}")
        storable.check_variables_size(converted, services().settings.max_variables_bytes, f"body.{name}")
    return converted


# ---- fetch and lock ---------------------------------------------------------------------------------------------

def _topics(items: Sequence[dict[str, Any]] | None) -> list[Topic]:
    by_name: dict[str, Topic] = {}
    for t in items or ():
        if t.get("processVariables"):
            raise InvalidRequest("jobgate does not support processVariables in fetchAndLock topics.")
        keys = t.get("processDefinitionKeyIn")
        if t.get("processDefinitionKey") is not None:
            keys = [k for k in keys if k == t["processDefinitionKey"]] if keys is not None else [
                t["processDefinitionKey"]]
        ids = t.get("processDefinitionIdIn")
        if t.get("processDefinitionId") is not None:
            ids = [i for i in ids if i == t["processDefinitionId"]] if ids is not None else [t["processDefinitionId"]]
        by_name.pop(t["topicName"], None)  # a later topic of the same name replaces the earlier one
        by_name[t["topicName"]] = Topic(
            name=t["topicName"], lock_duration=t["lockDuration"],
            variables=tuple(t["variables"]) if t.get("variables") is not None else None,
            local_variables=bool(t.get("localVariables")), business_key=t.get("businessKey"),
            definition_keys=tuple(keys) if keys is not None else None,
            definition_ids=tuple(ids) if ids is not None else None,
            tenant_ids=tuple(t["tenantIdIn"]) if t.get("tenantIdIn") is not None else None,
            without_tenant=bool(t.get("withoutTenantId")))
    return list(by_name.values())


@_engine_errors
async def fetch_and_lock(body: dict[str, Any]) -> Response:
    timeout = body.get("asyncResponseTimeout") or 0
    if timeout > fmt.MAX_ASYNC_RESPONSE_TIMEOUT:
        raise InvalidRequest("The asynchronous response timeout cannot be set to a value greater than "
                             f"{fmt.MAX_ASYNC_RESPONSE_TIMEOUT} milliseconds")
    create_time_desc = fmt.fetch_sorting(body.get("sorting"))
    topics = _topics(body.get("topics"))
    worker, max_tasks = str(body["workerId"]), min(body.get("maxTasks") or 0, MAX_TASKS)
    svc, visible = services(), tenants()
    options = dict(use_priority=bool(body.get("usePriority")), create_time_desc=create_time_desc, tenants=visible)
    jobs = await svc.store.writing(external_tasks.claim, topics=topics, worker=worker, max_tasks=max_tasks,
                                   now=now_ms(), **options)  # type: ignore[arg-type]
    if jobs:
        for job in jobs:
            svc.metrics.job_event("activated", job.type, 1)
        svc.hub.notify_at([(j.type, j.deadline) for j in jobs])
    elif timeout > 0 and topics and max_tasks > 0:
        jobs = await _long_poll(topics, worker, max_tasks, timeout, options)
    if not jobs:
        return json_response([])
    rows = await svc.store.reading(external_tasks.task_rows, keys=[j.key for j in jobs])
    return json_response([fmt.locked_task_dto(rows[j.key], j.variables) for j in jobs if j.key in rows])


async def _long_poll(topics: list[Topic], worker: str, max_tasks: int, timeout: int,
                     options: dict[str, Any]) -> list[ActivatedJob]:
    """Wait in each topic's FIFO on the hub; the first topic to get tasks ends the wait of the others."""
    hub, settled = services().hub, asyncio.Event()

    async def watch_client() -> None:
        await _disconnected()
        settled.set()

    async def until_settled() -> None:
        await settled.wait()

    watcher = asyncio.create_task(watch_client())
    waits = [asyncio.create_task(hub.activate(ActivationRequest(
        type=t.name, worker=worker, max_jobs=max_tasks, timeout_ms=t.lock_duration, fetch_variables=None,
        request_timeout_ms=timeout, tenants=options["tenants"],
        claimer=functools.partial(external_tasks.claim_topic, topic=t, **options)),
        disconnected=until_settled)) for t in topics]
    try:
        pending: set[asyncio.Task[list[ActivatedJob]]] = set(waits)
        while pending:  # until one topic got tasks or failed (e.g. JOBGATE_MAX_LONG_POLLS), or all timed out
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            if any(d.cancelled() or d.exception() is not None or d.result() for d in done):
                break
        settled.set()
        results = await asyncio.gather(*waits, return_exceptions=True)
    finally:
        settled.set()
        watcher.cancel()
    jobs = [j for result in results if isinstance(result, list) for j in result]
    failed = next((r for r in results if isinstance(r, BaseException)), None)
    keep = 0 if failed is not None else max_tasks
    if len(jobs) > keep:  # several topics got tasks at once, or one failed: give the surplus back
        for j in jobs[keep:]:
            await services().store.writing(activation.release, keys=[j.key], worker=worker, deadline=j.deadline)
        hub.notify({j.type for j in jobs[keep:]})
        jobs = jobs[:keep]
    if failed is not None:
        raise failed
    return jobs


# ---- worker commands --------------------------------------------------------------------------------------------

@_engine_errors
async def complete_external_task(id_: str, body: dict[str, Any]) -> Response:
    svc = services()
    variables = {**(_variables(body, "localVariables") or {}), **(_variables(body) or {})}
    _wake(await svc.store.writing(external_tasks.complete, key=_key(id_), task_id=id_, worker=str(body["workerId"]),
                                  variables=variables, now=now_ms(), tenants=tenants(),
                                  max_variables_bytes=svc.settings.max_variables_bytes))
    return no_content()


@_engine_errors
async def handle_external_task_failure(id_: str, body: dict[str, Any]) -> Response:
    svc = services()
    variables = {**(_variables(body, "localVariables") or {}), **(_variables(body) or {})}
    _wake(await svc.store.writing(
        external_tasks.failure, key=_key(id_), task_id=id_, worker=str(body["workerId"]),
        error_message=body.get("errorMessage"), error_details=body.get("errorDetails"),
        retries=body.get("retries") or 0, retry_timeout=body.get("retryTimeout") or 0, variables=variables,
        now=now_ms(), tenants=tenants(), max_variables_bytes=svc.settings.max_variables_bytes))
    return no_content()


@_engine_errors
async def handle_external_task_bpmn_error(id_: str, body: dict[str, Any]) -> Response:
    svc = services()
    _wake(await svc.store.writing(
        external_tasks.bpmn_error, key=_key(id_), task_id=id_, worker=str(body["workerId"]),
        error_code=body["errorCode"], error_message=body.get("errorMessage"), variables=_variables(body),
        now=now_ms(), tenants=tenants(), max_variables_bytes=svc.settings.max_variables_bytes))
    return no_content()


@_engine_errors
async def extend_external_task_lock(id_: str, body: dict[str, Any]) -> Response:
    if body["newDuration"] <= 0:  # checked before the task is looked up, as in the engine
        return fmt.error("RestException", "lockTime is not greater than 0")
    _wake(await services().store.writing(external_tasks.extend_lock, key=_key(id_), task_id=id_,
                                         worker=str(body["workerId"]), new_duration=body["newDuration"],
                                         now=now_ms(), tenants=tenants()))
    return no_content()


@_engine_errors
async def unlock_external_task(id_: str) -> Response:
    _wake(await services().store.writing(external_tasks.unlock, key=_key(id_), task_id=id_, now=now_ms(),
                                         tenants=tenants()))
    return no_content()


@_engine_errors
async def set_external_task_retries(id_: str, body: dict[str, Any]) -> Response:
    retries = body.get("retries")
    if retries is None:
        raise InvalidRequest("The number of retries cannot be null.")
    if retries < 0:
        return fmt.error("BadUserRequestException",
                         "The number of retries cannot be negative: retries is not greater than or equal to 0")
    _wake(await services().store.writing(external_tasks.set_retries, key=_key(id_), task_id=id_, retries=retries,
                                         tenants=tenants()))
    return no_content()


# ---- queries ----------------------------------------------------------------------------------------------------

@_engine_errors
async def get_external_task(id_: str) -> Response:
    row = await services().store.reading(external_tasks.get_task, key=_key(id_), task_id=id_, tenants=tenants())
    return json_response(fmt.external_task_dto(row))


@_engine_errors
async def get_external_task_error_details(id_: str) -> Response:
    details = await services().store.reading(external_tasks.error_details, key=_key(id_), task_id=id_,
                                             tenants=tenants())
    if details is None:
        return Response(status_code=204)
    return Response(details, media_type="text/plain")


def _camel(params: dict[str, Any]) -> dict[str, Any]:
    def camel(name: str) -> str:
        first, *rest = name.rstrip("_").split("_")
        return first + "".join(p[:1].upper() + p[1:] for p in rest)

    return {camel(k): v for k, v in params.items()}


async def _list(q: Any, first_result: int | None, max_results: int | None) -> Response:
    limit = services().settings.query_max_results
    if refused := lists.refused_max_results(max_results, limit):
        return refused
    store, now, visible = services().store, now_ms(), tenants()

    async def fetch(maximum: int) -> Sequence[Any]:
        return await store.reading(list_tasks, query=q, now=now, first=first_result, maximum=maximum,
                                   tenants=visible)

    return await lists.answer(fetch, max_results, limit, fmt.external_task_dto)


async def get_external_tasks(first_result: int | None = None, max_results: int | None = None,
                             **query: Any) -> Response:
    return await _list(fmt.query_from_params(_camel(query)), first_result, max_results)


async def query_external_tasks(body: Any = None, first_result: int | None = None,
                               max_results: int | None = None) -> Response:
    return await _list(fmt.query_from_body(body), first_result, max_results)


async def _count(q: Any) -> Response:
    count = await services().store.reading(count_tasks, query=q, now=now_ms(), tenants=tenants())
    return json_response({"count": count})


async def get_external_tasks_count(**query: Any) -> Response:
    return await _count(fmt.query_from_params(_camel(query)))


async def query_external_tasks_count(body: Any = None) -> Response:
    return await _count(fmt.query_from_body(body))
