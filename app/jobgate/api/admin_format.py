"""Admin API wire formats: generated request models to store specs, store results to JSON bodies."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

import orjson

from jobgate.api import storable
from jobgate.store.clock import to_ms
from jobgate.store.errors import InvalidRequest
from jobgate.store.model import (
    DefinitionSpec,
    DeployedDefinition,
    InstanceSpec,
    InstanceView,
    JobFixture,
    StartedInstance,
    TaskSpec,
)


def has_nul(value: Any) -> bool:
    """Whether a JSON value holds a NUL character anywhere (names included): no backend stores one."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(has_nul(k) or has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_nul(v) for v in value)
    return False


def json_body(body: Any) -> Any:
    """The parsed request body. Without a Content-Type Connexion validates the body as JSON but hands the handler
    its raw bytes. Texts with NUL are refused: PostgreSQL cannot store them, so no backend takes them."""
    if isinstance(body, bytes | str):
        try:
            body = orjson.loads(body) if body else None
        except orjson.JSONDecodeError as exc:
            raise InvalidRequest(f"The request body is not valid JSON: {exc}") from None
    if has_nul(body):
        raise InvalidRequest("Texts in the request body must not contain NUL characters (\\u0000).")
    storable.check(body)
    return body


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return str(value.value) if isinstance(value, Enum) else str(value)


def _ms(value: datetime | None) -> int | None:
    return None if value is None else to_ms(value)


def definition_spec(m: Any) -> DefinitionSpec:
    return DefinitionSpec(
        bpmn_process_id=m.bpmn_process_id, name=m.name, tenant_id=m.tenant_id,
        tasks=[
            TaskSpec(element_id=t.element_id, type=t.type, name=t.name, kind=_text(t.kind) or "message",
                     job_type=t.job_type, job_configuration=t.job_configuration,
                     overriding_job_priority=t.overriding_job_priority, suspended=bool(t.suspended))
            for t in m.tasks
        ],
    )


def job_fixture(f: Any) -> JobFixture:
    return JobFixture(
        element_id=f.element_id, state=_text(f.state), retries=f.retries, due_date=_ms(f.due_date),
        create_time=_ms(f.create_time), priority=f.priority, suspended=f.suspended,
        exception_message=f.exception_message, exception_trace=f.exception_trace,
        failed_activity_id=f.failed_activity_id, batch_id=f.batch_id,
        custom_headers=dict(f.custom_headers) if f.custom_headers is not None else None,
        worker=f.worker, deadline=_ms(f.deadline),
    )


def instance_spec(m: Any) -> InstanceSpec:
    return InstanceSpec(
        bpmn_process_id=m.bpmn_process_id, process_definition_key=m.process_definition_key, version=m.version,
        tenant_id=m.tenant_id, business_key=m.business_key, variables=dict(m.variables or {}),
        jobs=None if m.jobs is None else [job_fixture(f) for f in m.jobs],
        count=getattr(m, "count", None) or 1,
    )


def deployed(d: DeployedDefinition) -> dict[str, Any]:
    return {
        "processDefinitionKey": d.key,
        "processDefinitionId": d.process_definition_id,
        "bpmnProcessId": d.bpmn_process_id,
        "name": d.name,
        "version": d.version,
        "tenantId": d.tenant_id,
        "deploymentKey": d.deployment_key,
        "deploymentId": str(d.deployment_key),
        "jobDefinitions": [
            {"id": j.id, "jobDefinitionId": str(j.id), "elementId": j.element_id, "type": j.type, "kind": j.kind,
             "position": j.position}
            for j in d.job_definitions
        ],
    }


def started(s: StartedInstance) -> dict[str, Any]:
    return {
        "processInstanceKey": s.key,
        "processInstanceId": str(s.key),
        "processDefinitionKey": s.process_definition_key,
        "processDefinitionId": s.process_definition_id,
        "bpmnProcessId": s.bpmn_process_id,
        "version": s.version,
        "jobs": [{"key": j.key, "id": str(j.key), "elementId": j.element_id, "jobDefinitionId": j.job_definition_id}
                 for j in s.jobs],
    }


def instance_view(v: InstanceView) -> dict[str, Any]:
    return {
        "processInstanceKey": v.key,
        "processInstanceId": str(v.key),
        "processDefinitionKey": v.process_definition_key,
        "processDefinitionId": v.process_definition_id,
        "bpmnProcessId": v.bpmn_process_id,
        "version": v.version,
        "state": v.state,
        "businessKey": v.business_key,
        "tenantId": v.tenant_id,
        "variables": v.variables,
        "jobs": [{"key": j.key, "elementId": j.element_id, "type": j.type, "state": j.state, "retries": j.retries}
                 for j in v.jobs],
    }
