"""Camunda 7 engine-rest handlers (/engine-rest): thin, validated input -> store -> JobDto."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette.responses import Response

from jobgate.api import camunda7_lists as lists
from jobgate.api import camunda7_params as params
from jobgate.api.camunda7_format import job_definition_dto, job_dto
from jobgate.api.common import json_response, tenants
from jobgate.runtime import services
from jobgate.store.clock import now_ms
from jobgate.store.job_definition_query import count_job_definitions, list_job_definitions
from jobgate.store.job_query import count_jobs, list_jobs


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
