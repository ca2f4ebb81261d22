"""Camunda 7 engine-rest handlers (/engine-rest): thin, validated input -> store -> JobDto."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from starlette.responses import Response

from jobgate.api import camunda7_commands as commands
from jobgate.api import camunda7_lists as lists
from jobgate.api import camunda7_params as params
from jobgate.api.camunda7_commands import (  # noqa: F401  (operationIds of openapi/camunda7.yaml, served from here)
    get_job_definition,
    set_job_priority_job_definition,
    set_job_retries_job_definition,
    update_suspension_state_by,
    update_suspension_state_job_definition,
    update_suspension_state_job_definitions,
)
from jobgate.api.camunda7_format import job_definition_dto, job_dto, parse_lenient_date, timer_due
from jobgate.api.common import json_response, tenants
from jobgate.runtime import services
from jobgate.store import job_ops
from jobgate.store.clock import now_ms
from jobgate.store.errors import InvalidRequest, JobOperationNotFound, NullJobPriority
from jobgate.store.job_definition_query import count_job_definitions, list_job_definitions
from jobgate.store.job_query import count_jobs, list_jobs
from jobgate.store.queries import NO_MATCH, to_key


async def get_jobs(first_result: int | None = None, max_results: int | None = None, **query: Any) -> Response:
    settings = services().settings
    limit = settings.query_max_results
    if refused := lists.refused_max_results(max_results, limit):  # checked first, as the engine does
        return refused
    q = params.job_query(query, sortable=True, max_conditions=settings.query_max_conditions)
    store, now, visible = services().store, now_ms(), tenants()

    async def fetch(maximum: int) -> Sequence[Any]:
        return await store.reading(list_jobs, query=q, now=now, first=first_result, maximum=maximum, tenants=visible)

    return await lists.answer(fetch, max_results, limit, job_dto)


async def get_jobs_count(**query: Any) -> Response:
    # sortBy / sortOrder are checked as in GET /job (the engine's count does so too); count_jobs ignores the order
    q = params.job_query(query, sortable=True, max_conditions=services().settings.query_max_conditions)
    count = await services().store.reading(count_jobs, query=q, now=now_ms(), tenants=tenants())
    return json_response({"count": count})


async def query_jobs(body: Any = None, first_result: int | None = None, max_results: int | None = None) -> Response:
    settings = services().settings
    limit = settings.query_max_results
    if refused := lists.refused_max_results(max_results, limit):
        return refused
    q = params.job_query_body(body, max_conditions=settings.query_max_conditions)
    store, now, visible = services().store, now_ms(), tenants()

    async def fetch(maximum: int) -> Sequence[Any]:
        return await store.reading(list_jobs, query=q, now=now, first=first_result, maximum=maximum, tenants=visible)

    return await lists.answer(fetch, max_results, limit, job_dto)


async def query_jobs_count(body: Any = None) -> Response:
    q = params.job_query_body(body, max_conditions=services().settings.query_max_conditions)
    return json_response({"count": await services().store.reading(count_jobs, query=q, now=now_ms(),
                                                                  tenants=tenants())})


async def query_job_definitions(body: Any = None, first_result: int | None = None,
                                max_results: int | None = None) -> Response:
    limit = services().settings.query_max_results
    if refused := lists.refused_max_results(max_results, limit):
        return refused
    q = params.job_definition_query(body)
    store, visible = services().store, tenants()

    async def fetch(maximum: int) -> Sequence[Any]:
        return await store.reading(list_job_definitions, query=q, first=first_result, maximum=maximum,
                                   tenants=visible)

    return await lists.answer(fetch, max_results, limit, job_definition_dto)


async def query_job_definitions_count(body: Any = None) -> Response:
    q = params.job_definition_query(body)
    return json_response({"count": await services().store.reading(count_job_definitions, query=q, tenants=tenants())})


# ---- one job (/job/{id}) ---------------------------------------------------------------------------------------


def _key(id_: str, operation: str) -> int:
    """The job key of a path id; an id that is no key is the operation's 404 with the id as given."""
    key = to_key(id_)
    if key == NO_MATCH:
        raise JobOperationNotFound(key, operation, id_)
    return key


async def _command(fn: Callable[..., Any], id_: str, operation: str, **kwargs: Any) -> Response:
    commands.publish(await services().store.writing(fn, key=_key(id_, operation), tenants=tenants(), **kwargs))
    return Response(status_code=204)


async def get_job(id_: str) -> Response:
    row = await services().store.reading(job_ops.get_job, key=_key(id_, "get"), tenants=tenants())
    return json_response(job_dto(row))


async def get_stacktrace(id_: str) -> Response:
    trace = await services().store.reading(job_ops.get_stacktrace, key=_key(id_, "stacktrace"), tenants=tenants())
    if trace is None:
        return Response(status_code=204)
    return Response(trace, media_type="text/plain")


async def set_job_retries(id_: str, body: dict[str, Any]) -> Response:
    extra = {"due_date": commands.due_date_of(body)} if "dueDate" in body else {}
    return await _command(job_ops.set_retries, id_, "retries", retries=body["retries"], now=now_ms(), **extra)


async def update_job_suspension_state(id_: str, body: dict[str, Any]) -> Response:
    commands.single_job_suspension(body)
    return await _command(job_ops.set_suspended, id_, "suspended", suspended=body["suspended"], now=now_ms())


async def set_job_duedate(id_: str, body: dict[str, Any]) -> Response:
    value = body.get("duedate")
    try:
        due = None if value is None else parse_lenient_date(value)
    except ValueError:
        raise InvalidRequest(f'Invalid due date format: Cannot convert value "{value}" to java type '
                             "java.util.Date") from None
    return await _command(job_ops.set_due_date, id_, "duedate", due_date=due, now=now_ms())


async def set_job_priority(id_: str, body: dict[str, Any]) -> Response:
    if body.get("priority") is None:  # checked before the job is looked up, as JobResourceImpl does
        raise NullJobPriority(id_)
    return await _command(job_ops.set_priority, id_, "priority", priority=body["priority"])


async def delete_job(id_: str) -> Response:
    return await _command(job_ops.delete_job, id_, "delete", now=now_ms())


async def execute_job(id_: str) -> Response:
    return await _command(job_ops.execute, id_, "execute", now=now_ms())


async def recalculate_duedate(id_: str, creation_date_based: bool = True) -> Response:
    now = now_ms()

    def base(job: Any) -> int:
        return int(job.create_time) if creation_date_based else now

    return await _command(job_ops.recalculate_due_date, id_, "recalculate", job_id=id_, base=base,
                          timer_due=timer_due, now=now)
