"""Camunda 7 bulk job and job-definition handlers (/engine-rest/job/suspended, /engine-rest/job-definition...):
the engine's selector rules and messages, then one store command; re-exported by jobgate.api.camunda7, whose
operationIds they answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from starlette.responses import Response

from jobgate.api.camunda7_format import job_definition_dto, parse_date, parse_lenient_date
from jobgate.api.common import json_response, tenants
from jobgate.runtime import services
from jobgate.store import job_definition_ops as ops
from jobgate.store import job_definition_schedule as schedule
from jobgate.store.clock import now_ms
from jobgate.store.errors import InvalidRequest
from jobgate.store.flow import Wake
from jobgate.store.queries import to_key

_JOB_SELECTORS = ("jobId", "jobDefinitionId", "processInstanceId", "processDefinitionId", "processDefinitionKey")
_ONLY_ONE_JOB = ("Only one of jobId, jobDefinitionId, processInstanceId, processDefinitionId or processDefinitionKey "
                 "should be set to update the suspension state.")
_NO_DATE_ZONE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$")


def publish(wake: Any) -> None:
    """Count a command's events and wake the long polls it made claimable (now, or at a later time)."""
    if isinstance(wake, Wake):
        services().hub.wake(wake)


async def _write(fn: Callable[..., Any], **kwargs: Any) -> Response:
    publish(await services().store.writing(fn, tenants=tenants(), **kwargs))
    return Response(status_code=204)


def single_job_suspension(body: dict[str, Any]) -> None:
    """PUT /job/{id}/suspended: the path names the job, so any other selector in the body is one too many."""
    if any(body.get(name) is not None for name in _JOB_SELECTORS):
        raise InvalidRequest(_ONLY_ONE_JOB)


def _selector(body: dict[str, Any]) -> ops.Selector:
    def key(name: str) -> int | None:
        value = body.get(name)
        return None if value is None else to_key(value)

    return ops.Selector(
        job_definition_id=key("jobDefinitionId"),
        process_instance_key=key("processInstanceId"),
        process_definition_id=body.get("processDefinitionId"),
        bpmn_process_id=body.get("processDefinitionKey"),
        tenant_id=body.get("processDefinitionTenantId"),
        without_tenant=bool(body.get("processDefinitionWithoutTenantId")),
    )


async def update_suspension_state_by(body: dict[str, Any]) -> Response:
    """PUT /job/suspended (JobRestServiceImpl, JobSuspensionStateDto: the checks in the engine's order)."""
    if body.get("jobId") is not None:
        raise InvalidRequest("Either jobDefinitionId, processInstanceId, processDefinitionId or processDefinitionKey "
                             "can be set to update the suspension state.")
    given = sum(body.get(name) is not None for name in _JOB_SELECTORS)
    if given > 1:
        raise InvalidRequest(_ONLY_ONE_JOB)
    if given == 0:
        raise InvalidRequest("Either jobId, jobDefinitionId, processInstanceId, processDefinitionId or "
                             "processDefinitionKey should be set to update the suspension state.")
    return await _write(ops.set_jobs_suspended, selector=_selector(body), suspended=body["suspended"], now=now_ms())


def _execution_date(value: Any, now: int, error: str) -> int | None:
    """When to carry out a suspension change: None (now) for an empty date or one not in the future, else the
    date in epoch ms (the change is scheduled). `error` words a malformed date (the engine's prefix, then Joda's
    `Invalid format`)."""
    if value is None or value == "":
        return None
    text = str(value)
    try:
        when = parse_date(text + "Z" if _NO_DATE_ZONE.match(text) else text)
    except ValueError:
        raise InvalidRequest(f'{error}Invalid format: "{text}"') from None
    return when if when > now else None


async def _schedule(fn: Callable[..., Any], **kwargs: Any) -> Response:
    svc = services()
    await svc.store.writing(fn, tenants=tenants(), **kwargs)
    svc.scheduler.poke()
    return Response(status_code=204)


async def get_job_definition(id_: str) -> Response:
    row = await services().store.reading(ops.get_job_definition, key=to_key(id_), job_definition_id=id_,
                                         tenants=tenants())
    return json_response(job_definition_dto(row))


async def update_suspension_state_job_definition(id_: str, body: dict[str, Any]) -> Response:
    if body.get("processDefinitionId") is not None or body.get("processDefinitionKey") is not None:
        raise InvalidRequest("Only one of jobDefinitionId, processDefinitionId or processDefinitionKey should be set "
                             "to update the suspension state.")
    now = now_ms()
    when = _execution_date(body.get("executionDate"), now,
                           f"The suspension state of Job Definition with id {id_} could not be updated due to: ")
    change = {"key": to_key(id_), "job_definition_id": id_, "suspended": body["suspended"],
              "include_jobs": bool(body.get("includeJobs")), "now": now}
    if when is not None:
        return await _schedule(schedule.schedule_definition, execution_date=when, **change)
    return await _write(ops.set_definition_suspended, **change)


async def update_suspension_state_job_definitions(body: dict[str, Any]) -> Response:
    """PUT /job-definition/suspended (JobDefinitionRestServiceImpl, JobDefinitionSuspensionStateDto)."""
    if body.get("jobDefinitionId") is not None:
        raise InvalidRequest("Either processDefinitionId or processDefinitionKey can be set to update the suspension "
                             "state.")
    by_id, by_key = body.get("processDefinitionId") is not None, body.get("processDefinitionKey") is not None
    if by_id and by_key:
        raise InvalidRequest("Only one of jobDefinitionId, processDefinitionId or processDefinitionKey should be set "
                             "to update the suspension state.")
    if not (by_id or by_key):
        raise InvalidRequest("Either jobDefinitionId, processDefinitionId or processDefinitionKey should be set to "
                             "update the suspension state.")
    now = now_ms()
    when = _execution_date(body.get("executionDate"), now,
                           "Could not update the suspension state of Job Definitions due to: ")
    change = {"selector": _selector(body), "suspended": body["suspended"],
              "include_jobs": bool(body.get("includeJobs")), "now": now}
    if when is not None:
        return await _schedule(schedule.schedule_definitions, execution_date=when, **change)
    return await _write(ops.set_definitions_suspended, **change)


async def set_job_retries_job_definition(id_: str, body: dict[str, Any]) -> Response:
    due_date = due_date_of(body)
    return await _write(ops.set_definition_retries, key=to_key(id_), job_definition_id=id_, retries=body["retries"],
                        now=now_ms(), due_date=due_date, keep_due_date="dueDate" not in body)


async def set_job_priority_job_definition(id_: str, body: dict[str, Any]) -> Response:
    return await _write(ops.set_definition_priority, key=to_key(id_), job_definition_id=id_,
                        priority=body.get("priority"), include_jobs=bool(body.get("includeJobs")))


def due_date_of(body: dict[str, Any]) -> int | None:
    """A retries body's `dueDate` as epoch ms (None: absent or null; the spec's pattern checked its form)."""
    value = body.get("dueDate")
    if value is None:
        return None
    try:
        return parse_lenient_date(value)
    except ValueError:
        raise InvalidRequest(f'Invalid due date format: Cannot convert value "{value}" to java type '
                             "java.util.Date") from None
