"""Admin API handlers (/admin): deploy definitions, start instances with job fixtures, inspect, bulk load."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from jobgate.api import admin_format as fmt
from jobgate.api import admin_limits as load_limits
from jobgate.api import storable
from jobgate.api.common import json_response, parse_body, tenants
from jobgate.runtime import services
from jobgate.store import definitions
from jobgate.store import load as store_load
from jobgate.store.clock import now_ms
from jobgate.store.errors import TenantForbidden
from jobgate_models.admin import DeployRequest, LoadRequest, StartInstanceRequest


def _own_tenants(*named: str | None) -> None:
    """403 when the request names a tenant the caller is not assigned to (admin users are usually all-tenant)."""
    visible = tenants()
    for tenant in named:
        if visible is not None and tenant is not None and tenant not in visible:
            raise TenantForbidden(tenant)


async def deploy_process_definition(body: Any) -> Response:
    spec = fmt.definition_spec(parse_body(DeployRequest, fmt.json_body(body)))
    _own_tenants(spec.tenant_id)
    deployed = await services().store.writing(definitions.deploy, spec=spec, now=now_ms())
    return json_response(fmt.deployed(deployed), status=201)


async def start_process_instance(body: Any) -> Response:
    svc = services()
    spec = fmt.instance_spec(parse_body(StartInstanceRequest, fmt.json_body(body)))
    _own_tenants(spec.tenant_id)
    storable.check_variables_size(spec.variables, svc.settings.max_variables_bytes)
    started, types = await svc.store.writing(definitions.start_instances, spec=spec, now=now_ms())
    svc.hub.notify(types)
    return json_response(fmt.started(started[0]), status=201)


async def get_process_instance(process_instance_key: int) -> Response:
    view = await services().store.reading(definitions.get_instance, key=process_instance_key, tenants=tenants())
    return json_response(fmt.instance_view(view))


async def bulk_load(body: Any) -> Response:
    """Bounded per call (instances, jobs, bytes); committed in chunks, so the write lock is free between them."""
    svc = services()
    raw = fmt.json_body(body)
    request = parse_body(LoadRequest, raw)
    instances = [fmt.instance_spec(i) for i in request.instances or []]
    _own_tenants(*(i.tenant_id for i in instances), *(d.tenant_id for d in request.definitions or []))
    load_limits.check(raw, instances, max_bytes=svc.settings.max_load_bytes,
                      max_variables_bytes=svc.settings.max_variables_bytes)
    definitions = [fmt.definition_spec(d) for d in request.definitions or []]
    now = now_ms()
    pinned = await svc.store.writing(store_load.prepare, definitions=definitions, instances=instances, now=now)
    started = jobs = 0
    for chunk in store_load.chunks(pinned, svc.settings.load_chunk_jobs):
        result = await svc.store.writing(store_load.start_chunk, instances=chunk, now=now)
        started, jobs = started + result.instances, jobs + result.jobs
        svc.hub.notify(result.claimable_types)
    return json_response({"definitions": len(definitions), "instances": started, "jobs": jobs}, status=201)
