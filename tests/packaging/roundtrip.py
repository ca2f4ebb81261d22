"""Runs in a venv that has only the four client distributions (no server, no clone): every dialect once.

Usage: python roundtrip.py BASE_URL. Prints one JSON object with what each call answered; exits non-zero on any
unexpected answer. It imports nothing from the repository.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from jobgate_admin_client import Client as AdminClient
from jobgate_admin_client.api.definitions import deploy_process_definition
from jobgate_admin_client.api.instances import get_process_instance, start_process_instance
from jobgate_admin_client.models import (
    DeployedProcessDefinition,
    DeployRequest,
    StartedProcessInstance,
    StartInstanceRequest,
    TaskSpec,
)
from jobgate_camunda7_client import Client as Camunda7Client
from jobgate_camunda7_client.api.job import get_jobs, get_jobs_count
from jobgate_camunda7_client.api.job_definition import query_job_definitions
from jobgate_camunda7_client.models import CountResultDto, JobDefinitionQueryDto
from jobgate_opa_client import Client as OpaClient
from jobgate_opa_client.api.process_instance_jobs import list_process_instance_jobs
from jobgate_opa_client.models import ProcessInstanceJobs
from jobgate_zeebe_client import Client as ZeebeClient
from jobgate_zeebe_client.api.jobs import activate_jobs, update_job
from jobgate_zeebe_client.models import ActivateJobsResponse, CompleteJob


def expect(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise SystemExit(f"expected {kind.__name__}, got {value!r}")
    return value


def main(base: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with AdminClient(base_url=f"{base}/admin") as admin:
        deployed = expect(deploy_process_definition.sync(client=admin, body=DeployRequest(
            bpmn_process_id="packaged", tasks=[TaskSpec(element_id="pack", type_="pack"),
                                               TaskSpec(element_id="ship", type_="ship")])),
            DeployedProcessDefinition)
        started = expect(start_process_instance.sync(client=admin, body=StartInstanceRequest(
            bpmn_process_id="packaged", business_key="PKG-1")), StartedProcessInstance)
        out["admin"] = {"definition": deployed.process_definition_id, "instance": started.process_instance_key}
    with Camunda7Client(base_url=f"{base}/engine-rest") as camunda:
        count = expect(get_jobs_count.sync(client=camunda, process_definition_key="packaged"), CountResultDto)
        jobs = get_jobs.sync(client=camunda, process_definition_key="packaged")
        definitions = query_job_definitions.sync(client=camunda, body=JobDefinitionQueryDto(
            process_definition_key="packaged"))
        assert isinstance(jobs, list) and isinstance(definitions, list)
        out["camunda7"] = {"count": count.count, "jobs": len(jobs),
                           "definitions": sorted(d.activity_id for d in definitions)}
    with OpaClient(base_url=f"{base}/process/api/v1") as opa:
        listed = expect(list_process_instance_jobs.sync(str(started.process_instance_key), client=opa),
                        ProcessInstanceJobs)
        out["opa"] = {"count": listed.count, "activities": [item.activity_name for item in listed.items]}
    with ZeebeClient(base_url=f"{base}/zeebe") as zeebe:
        activated = expect(activate_jobs.sync(client=zeebe, type_="pack", worker="packaging", request_timeout=-1),
                           ActivateJobsResponse)
        job = activated.data.jobs[0]
        completed = update_job.sync_detailed(job.key, client=zeebe, body=CompleteJob(status="completed"))
        out["zeebe"] = {"activated": [j.type_ for j in activated.data.jobs], "complete": completed.status_code}
    with AdminClient(base_url=f"{base}/admin") as admin:
        view = get_process_instance.sync(started.process_instance_key, client=admin)
        out["after"] = [(j.element_id, str(j.state)) for j in view.jobs]  # type: ignore[union-attr]
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
