"""Admin API handlers (/admin): deploy definitions, start instances with job fixtures, inspect, bulk load."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from jobgate.api import admin_format as fmt
from jobgate.api.common import json_response, parse_body, tenants
from jobgate.runtime import services
from jobgate.store import definitions
from jobgate.store.clock import now_ms
from jobgate.store.errors import InvalidRequest
from jobgate.store.load import bulk_load as store_bulk_load
from jobgate_models.admin import DeployRequest, LoadRequest, StartInstanceRequest


async def deploy_process_definition(body: Any) -> Response:
    spec = fmt.definition_spec(parse_body(DeployRequest, fmt.json_body(body)))
    deployed = await services().store.writing(definitions.deploy, spec=spec, now=now_ms())
    return json_response(fmt.deployed(deployed), status=201)


async def start_process_instance(body: Any) -> Response:
    spec = fmt.instance_spec(parse_body(StartInstanceRequest, fmt.json_body(body)))
    svc = services()
    started, types = await svc.store.writing(definitions.start_instances, spec=spec, now=now_ms())
    svc.hub.notify(types)
    return json_response(fmt.started(started[0]), status=201)


async def get_process_instance(process_instance_key: int) -> Response:
    view = await services().store.reading(definitions.get_instance, key=process_instance_key, tenants=tenants())
    return json_response(fmt.instance_view(view))


# One load is one write transaction: bounded, so it holds the store's write lock for seconds, not hours.
MAX_LOAD_INSTANCES = 100_000
MAX_LOAD_JOBS = 1_000_000


async def bulk_load(body: Any) -> Response:
    request = parse_body(LoadRequest, fmt.json_body(body))
    instances = [fmt.instance_spec(i) for i in request.instances or []]
    total = sum(i.count for i in instances)
    jobs = sum(i.count * (len(i.jobs) if i.jobs is not None else 1) for i in instances)
    if total > MAX_LOAD_INSTANCES or jobs > MAX_LOAD_JOBS:
        raise InvalidRequest(f"One load may start at most {MAX_LOAD_INSTANCES} instances with at most "
                             f"{MAX_LOAD_JOBS} jobs (asked: {total} instances, {jobs} jobs); split it into calls.")
    svc = services()
    result = await svc.store.writing(
        store_bulk_load, definitions=[fmt.definition_spec(d) for d in request.definitions or []],
        instances=instances, now=now_ms(),
    )
    svc.hub.notify(result.claimable_types)
    return json_response({"definitions": result.definitions, "instances": result.instances, "jobs": result.jobs},
                         status=201)
