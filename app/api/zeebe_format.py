"""Zeebe wire formats: activated jobs, and PATCH bodies worded as the Zeebe REST proxy words its errors."""

from __future__ import annotations

from typing import Any

from connexion.exceptions import BadRequestProblem

from app.api.validation import CachedJSONBodyValidator
from app.store.activation import ActivatedJob

STATUSES = ("completed", "failed", "error_thrown")


def activated_job(j: ActivatedJob) -> dict[str, Any]:
    return {
        "key": j.key,
        "status": "activated",
        "type": j.type,
        "processInstanceKey": j.process_instance_key,
        "bpmnProcessId": j.bpmn_process_id,
        "processDefinitionVersion": j.version,
        "processDefinitionKey": j.process_definition_key,
        "elementId": j.element_id,
        "elementInstanceKey": j.element_instance_key,
        "customHeaders": j.custom_headers,
        "worker": j.worker,
        "retries": j.retries,
        "deadline": j.deadline,
        "variables": j.variables,
    }


class ZeebeBodyValidator(CachedJSONBodyValidator):
    """Checks the discriminator and the per-status required fields first, with the proxy's messages."""

    def _validate(self, body: Any) -> dict[str, Any] | None:
        if isinstance(body, dict) and "status" in self._schema.get("discriminator", {}).get("propertyName", ""):
            status = body.get("status")
            if status not in STATUSES:
                raise BadRequestProblem(detail=f"Expected body property `status` to be one of "
                                               f"`[{','.join(STATUSES)}]`, but it's `{status}`.")
            required = {"failed": "retries", "error_thrown": "errorCode"}.get(str(status))
            if required is not None and body.get(required) is None:
                raise BadRequestProblem(detail=f"Expected body property `{required}` to be provided, "
                                               "but it's null or undefined.")
        return super()._validate(body)
