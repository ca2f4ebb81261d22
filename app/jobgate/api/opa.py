"""Oracle OPA handlers (/process/api/v1): a process instance's jobs, one job, resubmit."""

from __future__ import annotations

from connexion import request
from starlette.responses import Response

from jobgate.api.common import json_response, tenants
from jobgate.api.opa_format import SORT_FIELDS, job_item, job_list
from jobgate.runtime import services
from jobgate.store.clock import now_ms
from jobgate.store.errors import InstanceNotFound, InvalidRequest
from jobgate.store.instance_jobs import get_instance_job, list_instance_jobs, resubmit_instance_job
from jobgate.store.queries import NO_MATCH, to_key

TENANT_HEADER = "X-ID-TENANT-NAME"


def _origin() -> str:
    """The base of the links in answers: JOBGATE_PUBLIC_URL, else none (paths relative to the server root).
    Never the request's Host header: a client could make the server hand out links to any host."""
    return (services().settings.public_url or "").rstrip("/")


def _tenant() -> str | None:
    value: str | None = request.headers.get(TENANT_HEADER)
    return value


def _instance_key(id_: str) -> int:
    key = to_key(id_)
    if key == NO_MATCH:
        raise InstanceNotFound(key)
    return key


async def list_process_instance_jobs(id_: str, limit: int = 25, offset: int = 0, sort_by: str | None = None,
                                     sort_order: str | None = None, state: str = "ALL",
                                     total_results: bool = False) -> Response:
    if (sort_by is None) != (sort_order is None):
        raise InvalidRequest("The sortBy and sortOrder parameters must be used together.")
    sorting = ((SORT_FIELDS[sort_by], sort_order == "DESC"),) if sort_by and sort_order else ()
    now = now_ms()
    instance_key = _instance_key(id_)
    page = await services().store.reading(
        list_instance_jobs, instance_key=instance_key, tenant=_tenant(), state=state, now=now,
        sorting=sorting, offset=offset, limit=limit, with_total=total_results, tenants=tenants(),
    )
    query = {k: v for k, v in (("sortBy", sort_by), ("sortOrder", sort_order), ("state", state),
                               ("totalResults", "true" if total_results else None)) if v is not None}
    return json_response(job_list(page, origin=_origin(), instance_id=str(instance_key), query=query, offset=offset,
                                  limit=limit, now=now))


async def get_process_instance_job(id_: str, job_id: str) -> Response:
    now = now_ms()
    row = await services().store.reading(get_instance_job, instance_key=_instance_key(id_), job_key=to_key(job_id),
                                         tenant=_tenant(), tenants=tenants())
    return json_response(job_item(row, origin=_origin(), now=now))


async def resubmit_process_instance_job(id_: str, job_id: str) -> Response:
    svc = services()
    now = now_ms()
    row, wake = await svc.store.writing(resubmit_instance_job, instance_key=_instance_key(id_),
                                        job_key=to_key(job_id), tenant=_tenant(), now=now, tenants=tenants())
    svc.metrics.record(wake.events)
    svc.hub.notify(wake.now)
    return json_response(job_item(row, origin=_origin(), now=now))
