"""The generated clients' sync API over TCP against a real `jobgate serve` (uvicorn): every operation once.

The activation of the next task's job is a real long poll: it waits in a thread until completing the first job
creates a job of its type.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from pathlib import Path

from jobgate_admin_client.api.definitions import deploy_process_definition
from jobgate_admin_client.api.instances import get_process_instance, start_process_instance
from jobgate_admin_client.api.load import bulk_load
from jobgate_admin_client.api.users import delete_user, get_user, list_users, put_user
from jobgate_admin_client.models import (
    DeployedProcessDefinition,
    DeployRequest,
    JobFixture,
    LoadInstance,
    LoadRequest,
    LoadResult,
    ProcessInstanceView,
    StartedProcessInstance,
    StartInstanceRequest,
    TaskSpec,
    User,
    UserUpdate,
)
from jobgate_camunda7_client.api.job import (
    delete_job,
    execute_job,
    get_job,
    get_jobs,
    get_jobs_count,
    get_stacktrace,
    query_jobs,
    query_jobs_count,
    recalculate_duedate,
    set_job_duedate,
    set_job_priority,
    set_job_retries,
    update_job_suspension_state,
    update_suspension_state_by,
)
from jobgate_camunda7_client.api.job_definition import (
    get_job_definition,
    query_job_definitions,
    query_job_definitions_count,
    set_job_priority_job_definition,
    set_job_retries_job_definition,
    update_suspension_state_job_definition,
    update_suspension_state_job_definitions,
)
from jobgate_camunda7_client.models import (
    CountResultDto,
    JobDefinitionDto,
    JobDefinitionPriorityDto,
    JobDefinitionQueryDto,
    JobDefinitionsSuspensionStateDto,
    JobDefinitionSuspensionStateDto,
    JobDto,
    JobDuedateDto,
    JobQueryDto,
    JobRetriesDto,
    JobSuspensionStateDto,
    PriorityDto,
)
from jobgate_opa_client.api.process_instance_jobs import (
    get_process_instance_job,
    list_process_instance_jobs,
    resubmit_process_instance_job,
)
from jobgate_opa_client.models import OracleError, ProcessInstanceJobItem, ProcessInstanceJobs
from jobgate_zeebe_client import Client as ZeebeClient
from jobgate_zeebe_client.api.jobs import activate_jobs, update_job
from jobgate_zeebe_client.models import (
    ActivateJobsResponse,
    CompleteJob,
    ErrorResponse,
    FailJob,
    ThrowJobError,
)

from tests.servers import Server

from . import external_task_calls
from .support import Calls, spec_operations, sync_clients, typed, typed_list


def test_every_operation_over_http(tmp_path: Path) -> None:
    server = Server(f"sqlite:///{tmp_path / 'jobgate.db'}", env={"JOBGATE_LONG_POLL_TIMEOUT_MS": "500"})
    c = sync_clients(server.url, Calls())
    try:
        server.wait_ready()
        deployed = typed(deploy_process_definition.sync(client=c.admin, body=DeployRequest(
            bpmn_process_id="http", tasks=[TaskSpec(element_id="first", type_="http-first"),
                                           TaskSpec(element_id="second", type_="http-second")],
        )), DeployedProcessDefinition)
        started = typed(start_process_instance.sync(client=c.admin, body=StartInstanceRequest(
            bpmn_process_id="http", jobs=[JobFixture(), JobFixture(), JobFixture(),
                                          JobFixture(state="failed", retries=0, exception_message="down")],
        )), StartedProcessInstance)
        pid, keys = started.process_instance_id, [j.key for j in started.jobs]
        assert typed(bulk_load.sync(client=c.admin, body=LoadRequest(instances=[LoadInstance(
            process_definition_key=deployed.process_definition_key)])), LoadResult).instances == 1

        jobs = typed_list(get_jobs.sync(client=c.camunda7, process_definition_key="http", sort_by="jobId",
                                        sort_order="asc"), JobDto)
        assert [j.id for j in jobs][:4] == [str(k) for k in keys] and len(jobs) == 5
        assert typed(get_jobs_count.sync(client=c.camunda7, no_retries_left=True), CountResultDto).count == 1
        loaded_job = jobs[4].id  # the loaded instance's job: read, change and delete it
        assert typed(get_job.sync(loaded_job, client=c.camunda7), JobDto) == jobs[4]
        assert get_stacktrace.sync_detailed(loaded_job, client=c.camunda7).status_code == HTTPStatus.NO_CONTENT
        for changed in (
            set_job_priority.sync_detailed(loaded_job, client=c.camunda7, body=PriorityDto(priority=5)),
            set_job_duedate.sync_detailed(loaded_job, client=c.camunda7, body=JobDuedateDto(duedate=None)),
            update_job_suspension_state.sync_detailed(loaded_job, client=c.camunda7,
                                                      body=JobSuspensionStateDto(suspended=True)),
            set_job_retries.sync_detailed(loaded_job, client=c.camunda7, body=JobRetriesDto(retries=1)),
        ):
            assert changed.status_code == HTTPStatus.NO_CONTENT
        one = typed(get_job.sync(loaded_job, client=c.camunda7), JobDto)
        assert (one.priority, one.suspended, one.retries) == (5, True, 1)
        assert delete_job.sync_detailed(loaded_job, client=c.camunda7).status_code == HTTPStatus.NO_CONTENT
        definitions = typed_list(query_job_definitions.sync(client=c.camunda7, body=JobDefinitionQueryDto(
            process_definition_key="http")), JobDefinitionDto)
        assert {d.activity_id for d in definitions} == {"first", "second"}
        assert typed(query_job_definitions_count.sync(client=c.camunda7), CountResultDto).count == 2
        assert [j.id for j in typed_list(query_jobs.sync(client=c.camunda7, body=JobQueryDto(
            process_definition_key="http")), JobDto)] == [j.id for j in jobs[:4]]
        assert typed(query_jobs_count.sync(client=c.camunda7, body=JobQueryDto(no_retries_left=True)),
                     CountResultDto).count == 1
        second = next(d.id for d in definitions if d.activity_id == "second")
        assert typed(get_job_definition.sync(second, client=c.camunda7), JobDefinitionDto).activity_id == "second"
        spare = typed(start_process_instance.sync(client=c.admin, body=StartInstanceRequest(
            bpmn_process_id="http", jobs=[JobFixture(element_id="second")])), StartedProcessInstance)
        for changed in (
            update_suspension_state_by.sync_detailed(client=c.camunda7, body=JobSuspensionStateDto(
                suspended=True, process_instance_id=spare.process_instance_id)),
            update_suspension_state_job_definition.sync_detailed(second, client=c.camunda7, body=(
                JobDefinitionSuspensionStateDto(suspended=False, include_jobs=True))),
            update_suspension_state_job_definitions.sync_detailed(client=c.camunda7, body=(
                JobDefinitionsSuspensionStateDto(suspended=False, process_definition_key="http"))),
            set_job_retries_job_definition.sync_detailed(second, client=c.camunda7, body=JobRetriesDto(retries=1)),
            set_job_priority_job_definition.sync_detailed(second, client=c.camunda7,
                                                          body=JobDefinitionPriorityDto(priority=None)),
            execute_job.sync_detailed(str(spare.jobs[0].key), client=c.camunda7),
        ):
            assert changed.status_code == HTTPStatus.NO_CONTENT
        assert typed(get_process_instance.sync(spare.process_instance_key, client=c.admin),
                     ProcessInstanceView).state == "completed"
        deploy_process_definition.sync(client=c.admin, body=DeployRequest(bpmn_process_id="http-timer", tasks=[
            TaskSpec(element_id="wait", type_="http-timer", kind="timer", job_configuration="DURATION: PT1M")]))
        timer = typed(start_process_instance.sync(client=c.admin, body=StartInstanceRequest(
            bpmn_process_id="http-timer")), StartedProcessInstance).jobs[0].key
        assert recalculate_duedate.sync_detailed(str(timer), client=c.camunda7,
                                                 creation_date_based=False).status_code == HTTPStatus.NO_CONTENT

        page = typed(list_process_instance_jobs.sync(pid, client=c.opa), ProcessInstanceJobs)
        assert page.count == 4 and page.links[0].href.startswith(f"/process/api/v1/process-instances/{pid}/jobs?")
        exhausted = typed(get_process_instance_job.sync(pid, str(keys[3]), client=c.opa), ProcessInstanceJobItem)
        assert (exhausted.retries, exhausted.exception_message) == (0, "down")
        assert typed(resubmit_process_instance_job.sync(pid, str(keys[3]), client=c.opa),
                     ProcessInstanceJobItem).retries == 1

        answer = typed(activate_jobs.sync(client=c.zeebe, type_="http-first", max_jobs_to_activate=3,
                                          request_timeout=-1), ActivateJobsResponse)
        assert [j.key for j in answer.data.jobs] == keys[:3]
        with ThreadPoolExecutor(1) as pool, ZeebeClient(base_url=server.url + "/zeebe") as waiting:
            # a long poll for the next task's job: none exists until the first job completes
            poll = pool.submit(activate_jobs.sync, client=waiting, type_="http-second", request_timeout=10_000)
            outcomes: list[CompleteJob | FailJob | ThrowJobError] = [
                CompleteJob(status="completed"), FailJob(status="failed", retries=0),
                ThrowJobError(status="error_thrown", error_code="E")]
            for key, body in zip(keys, outcomes, strict=False):
                assert update_job.sync_detailed(key, client=c.zeebe, body=body).status_code == HTTPStatus.NO_CONTENT
            woken = typed(poll.result(timeout=15), ActivateJobsResponse)
        view = typed(get_process_instance.sync(started.process_instance_key, client=c.admin), ProcessInstanceView)
        assert [j.key for j in woken.data.jobs] == [j.key for j in view.jobs if j.element_id == "second"]
        assert [j.state for j in view.jobs][:4] == ["completed", "failed", "error_thrown", "activatable"]

        missing = list_process_instance_jobs.sync_detailed("1", client=c.opa)
        assert missing.status_code == 404 and typed(missing.parsed, OracleError).status == 404
        conflict = update_job.sync_detailed(keys[0], client=c.zeebe, body=CompleteJob(status="completed"))
        assert conflict.status_code == 409 and isinstance(typed(conflict.parsed, ErrorResponse).error, str)
        made = put_user.sync_detailed("http-user", client=c.admin, body=UserUpdate(roles=["worker"], password="p"))
        assert made.status_code == HTTPStatus.CREATED
        assert "http-user" in {u.name for u in typed_list(list_users.sync(client=c.admin), User)}
        assert typed(get_user.sync("http-user", client=c.admin), User).roles == ["worker"]
        assert delete_user.sync_detailed("http-user", client=c.admin).status_code == HTTPStatus.NO_CONTENT
        external_task_calls.flow_sync(c, "http")  # Camunda 7 external tasks
        assert c.calls.with_status(lambda s: s < 300) == set(spec_operations())
    finally:
        c.close()
        server.stop()
