"""Camunda 8 (/v2) wire formats: activated jobs, search results, the topology, and job command rejections
worded as Camunda's gateway words them (`Command 'COMPLETE' rejected with code 'NOT_FOUND': ...`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from jobgate.store.activation import ActivatedJob
from jobgate.store.errors import JobgateError
from jobgate.store.tables import ACTIVATABLE, ACTIVATED, COMPLETED, ERROR_THROWN, FAILED

DEFAULT_TENANT = "<default>"  # Camunda 8's name for "no tenant"
PHYSICAL_TENANT = "default"
# jobgate's job states as Camunda 8's rejections name them.
_C8_STATES = {ACTIVATABLE: "ACTIVATABLE", ACTIVATED: "ACTIVATED", FAILED: "FAILED", ERROR_THROWN: "ERROR_THROWN",
              COMPLETED: "COMPLETED"}


class Rejection(JobgateError):
    """A job command the engine refused: 404 NOT_FOUND or 409 INVALID_STATE, with Camunda's sentence."""

    def __init__(self, status: int, intent: str, code: str, reason: str) -> None:
        super().__init__(f"Command '{intent}' rejected with code '{code}': {reason}")
        self.status = status
        self.title = code  # the problem's title, as Camunda's RestErrorMapper sets it


def not_found(intent: str, action: str, key: str) -> Rejection:
    return Rejection(404, intent, "NOT_FOUND", f"Expected to {action} job with key '{key}', but no such job was found")


def invalid_state(intent: str, action: str, key: str, state: str) -> Rejection:
    return Rejection(409, intent, "INVALID_STATE", f"Expected to {action} job with key '{key}', but it is in state "
                                                   f"'{_C8_STATES.get(state, state.upper())}'")


def tenant_id(tenant: str | None) -> str:
    return DEFAULT_TENANT if tenant is None else tenant


def activated_job(j: ActivatedJob, facts: tuple[str | None, int, str | None] | None) -> dict[str, Any]:
    """A job as ActivatedJobResult; `facts`: (tenant, priority, business key) of the job."""
    tenant, priority, business_key = facts or (None, 0, None)
    instance = str(j.process_instance_key)
    return {
        "jobKey": str(j.key),
        "type": j.type,
        "processInstanceKey": instance,
        "rootProcessInstanceKey": instance,
        "processDefinitionKey": str(j.process_definition_key),
        "processDefinitionId": j.bpmn_process_id,
        "processDefinitionVersion": j.version,
        "elementId": j.element_id,
        "elementInstanceKey": str(j.element_instance_key),
        "customHeaders": j.custom_headers,
        "worker": j.worker,
        "retries": j.retries,
        "deadline": j.deadline,
        "variables": j.variables,
        "tenantId": tenant_id(tenant),
        "physicalTenantId": PHYSICAL_TENANT,
        "businessId": business_key or None,  # never "": the SDK's BusinessId refuses it
        "kind": "BPMN_ELEMENT",
        "listenerEventType": "UNSPECIFIED",
        "userTask": None,
        "tags": [],
        "priority": priority,
    }


_LATEST = datetime.max.replace(tzinfo=UTC)


def _iso(epoch_ms: int | None) -> str | None:
    """An epoch-ms time as ISO 8601 (UTC); times beyond year 9999 (a lease another API set) as the latest one."""
    if epoch_ms is None:
        return None
    try:
        moment = datetime.fromtimestamp(epoch_ms / 1000, tz=UTC)
    except (ValueError, OverflowError, OSError):
        moment = _LATEST if epoch_ms > 0 else datetime.min.replace(tzinfo=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def search_result(r: Any) -> dict[str, Any]:
    """A row of jobgate.store.camunda8_jobs.search as JobSearchResult."""
    instance = str(r.process_instance_key)
    return {
        "jobKey": str(r.key),
        "type": r.type,
        "worker": r.worker or "",
        "state": r.c8_state,
        "kind": "BPMN_ELEMENT",
        "listenerEventType": "UNSPECIFIED",
        "retries": r.retries,
        "hasFailedWithRetriesLeft": bool(r.failed_with_retries_left),
        "isDenied": None,
        "deniedReason": None,
        "errorCode": r.error_code,
        "errorMessage": r.exception_message,
        "customHeaders": {str(k): str(v) for k, v in (r.custom_headers or {}).items()},
        "deadline": _iso(r.deadline) if r.state == ACTIVATED else None,
        "endTime": None,
        "creationTime": _iso(r.create_time),
        "lastUpdateTime": None,
        "processDefinitionId": r.bpmn_process_id,
        "processDefinitionKey": str(r.process_definition_key),
        "processInstanceKey": instance,
        "rootProcessInstanceKey": instance,
        "businessId": r.business_key or None,
        "elementId": r.element_id,
        "elementInstanceKey": str(r.element_instance_key),
        "tenantId": tenant_id(r.tenant_id),
        "priority": r.priority,
    }


def topology(host: str, port: int, version: str) -> dict[str, Any]:
    """One healthy gateway, broker and partition."""
    partition = {"partitionId": 1, "role": "leader", "health": "healthy", "state": "active"}
    broker = {"nodeId": 0, "brokerId": "0", "host": host, "port": port, "partitions": [partition],
              "version": version}
    return {"brokers": [broker], "clusterId": None, "clusterSize": 1, "partitionsCount": 1, "replicationFactor": 1,
            "gatewayVersion": version, "lastCompletedChangeId": "-1"}
