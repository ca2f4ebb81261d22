"""Every operation of every spec through its generated client, in-process: typed results and typed error bodies.

The flow follows the issue: admin deploy -> start an instance with job fixtures -> Camunda 7 list / count / job
definitions -> OPA list / get / resubmit -> Zeebe activate -> complete / fail with back-off / throw error -> look
again. Each test checks at its end that it called every operation of every spec.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from http import HTTPStatus

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
    Problem,
    ProcessInstanceView,
    StartedProcessInstance,
    StartInstanceRequest,
    StartInstanceRequestVariables,
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
    ExceptionDto,
    JobDefinitionDto,
    JobDefinitionPriorityDto,
    JobDefinitionQueryDto,
    JobDefinitionSortingDto,
    JobDefinitionsSuspensionStateDto,
    JobDefinitionSuspensionStateDto,
    JobDto,
    JobDuedateDto,
    JobQueryDto,
    JobRetriesDto,
    JobSortingDto,
    JobSuspensionStateDto,
    PriorityDto,
)
from jobgate_opa_client.api.process_instance_jobs import (
    get_process_instance_job,
    list_process_instance_jobs,
    resubmit_process_instance_job,
)
from jobgate_opa_client.models import OracleError, ProcessInstanceJobItem, ProcessInstanceJobs
from jobgate_zeebe_client.api.jobs import activate_jobs, update_job
from jobgate_zeebe_client.models import (
    ActivateJobsResponse,
    CompleteJob,
    CompleteJobVariables,
    ErrorResponse,
    FailJob,
    ThrowJobError,
)

from . import external_task_calls
from .support import Clients, client_operations, spec_operations, typed, typed_list

CAMUNDA_DATE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000")
OPA_DATE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")


def test_every_spec_operation_has_a_client_operation() -> None:
    assert client_operations() == set(spec_operations())
    assert len(spec_operations()) == 47


async def test_flow(clients: Clients, uniq: str) -> None:
    c = clients
    charge, ship = f"{uniq}-charge", f"{uniq}-ship"

    # admin: deploy a two-task process, start an instance with job fixtures, load two more instances
    deployed = typed(await deploy_process_definition.asyncio(client=c.admin, body=DeployRequest(
        bpmn_process_id=uniq, name="Client flow",
        tasks=[TaskSpec(element_id="charge", type_=charge, name="Charge"), TaskSpec(element_id="ship", type_=ship)],
    )), DeployedProcessDefinition)
    assert deployed.version == 1 and deployed.process_definition_id == f"{uniq}:1:{deployed.process_definition_key}"
    assert [(d.element_id, d.type_, d.kind) for d in deployed.job_definitions] == [
        ("charge", charge, "message"), ("ship", ship, "message")]
    started = typed(await start_process_instance.asyncio(client=c.admin, body=StartInstanceRequest(
        bpmn_process_id=uniq, business_key="B-1",
        variables=StartInstanceRequestVariables.from_dict({"amount": 42.5, "currency": "EUR"}),
        jobs=[JobFixture(), JobFixture(),
              JobFixture(state="failed", retries=0, exception_message="card declined", exception_trace="at charge()"),
              JobFixture(due_date=datetime.now(UTC) + timedelta(hours=1))],
    )), StartedProcessInstance)
    pid = started.process_instance_id
    first, second, exhausted, scheduled = (j.key for j in started.jobs)
    assert pid == str(started.process_instance_key) and started.jobs[0].id == str(first)
    loaded = typed(await bulk_load.asyncio(client=c.admin, body=LoadRequest(
        instances=[LoadInstance(bpmn_process_id=uniq, count=2)])), LoadResult)
    assert (loaded.definitions, loaded.instances, loaded.jobs) == (0, 2, 2)

    # Camunda 7: the instance's runtime jobs, counts, and the job definitions
    jobs = typed_list(await get_jobs.asyncio(client=c.camunda7, process_instance_id=pid, sort_by="jobId",
                                             sort_order="asc"), JobDto)
    assert [j.id for j in jobs] == [str(first), str(second), str(exhausted), str(scheduled)]
    assert all(CAMUNDA_DATE.fullmatch(j.create_time) for j in jobs)
    assert (jobs[0].due_date, jobs[0].retries, jobs[0].process_definition_key) == (None, 3, uniq)
    assert (jobs[2].retries, jobs[2].exception_message) == (0, "card declined")
    assert CAMUNDA_DATE.fullmatch(jobs[3].due_date or "")
    executable = typed(await get_jobs_count.asyncio(client=c.camunda7, process_definition_key=uniq,
                                                    executable=True), CountResultDto)
    assert executable.count == 4  # first, second and the two loaded; not the exhausted one nor the one due later
    definitions = typed_list(await query_job_definitions.asyncio(client=c.camunda7, body=JobDefinitionQueryDto(
        process_definition_key=uniq, sorting=[JobDefinitionSortingDto(sort_by="activityId", sort_order="desc")],
    )), JobDefinitionDto)
    assert [(d.activity_id, d.id, d.job_type) for d in definitions] == [
        ("ship", str(deployed.job_definitions[1].id), "async-continuation"),
        ("charge", str(deployed.job_definitions[0].id), "async-continuation")]
    counted = typed(await query_job_definitions_count.asyncio(client=c.camunda7, body=JobDefinitionQueryDto(
        process_definition_key=uniq, activity_id_in=["charge"])), CountResultDto)
    assert counted.count == 1

    # Camunda 7, one job: read it and its stack trace, change the scheduled one (it stays scheduled), delete one
    one = typed(await get_job.asyncio(str(exhausted), client=c.camunda7), JobDto)
    assert (one.retries, one.exception_message) == (0, "card declined")
    assert await get_stacktrace.asyncio(str(exhausted), client=c.camunda7) == "at charge()"
    later = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S.000+0000")
    for changed in (
        await set_job_priority.asyncio_detailed(str(scheduled), client=c.camunda7, body=PriorityDto(priority=99)),
        await set_job_duedate.asyncio_detailed(str(scheduled), client=c.camunda7, body=JobDuedateDto(duedate=later)),
        await update_job_suspension_state.asyncio_detailed(str(scheduled), client=c.camunda7,
                                                           body=JobSuspensionStateDto(suspended=True)),
        await update_job_suspension_state.asyncio_detailed(str(scheduled), client=c.camunda7,
                                                           body=JobSuspensionStateDto(suspended=False)),
        await set_job_retries.asyncio_detailed(str(scheduled), client=c.camunda7, body=JobRetriesDto(retries=3)),
    ):
        assert (changed.status_code, changed.parsed) == (HTTPStatus.NO_CONTENT, None)
    one = typed(await get_job.asyncio(str(scheduled), client=c.camunda7), JobDto)
    assert (one.priority, one.due_date, one.suspended, one.retries) == (99, later, False, 3)
    doomed = typed(await start_process_instance.asyncio(client=c.admin, body=StartInstanceRequest(
        bpmn_process_id=uniq, jobs=[JobFixture(state="failed", retries=0)])), StartedProcessInstance).jobs[0].key
    deleted = await delete_job.asyncio_detailed(str(doomed), client=c.camunda7)
    assert deleted.status_code == HTTPStatus.NO_CONTENT

    # Camunda 7, queries by body and the commands: on a spare instance, run to its end by executing its jobs
    by_body = typed_list(await query_jobs.asyncio(client=c.camunda7, body=JobQueryDto(
        process_instance_id=pid, sorting=[JobSortingDto(sort_by="jobId", sort_order="asc")])), JobDto)
    assert [j.id for j in by_body] == [str(first), str(second), str(exhausted), str(scheduled)]
    assert typed(await query_jobs_count.asyncio(client=c.camunda7, body=JobQueryDto(
        process_definition_key=uniq, executable=True)), CountResultDto).count == executable.count
    spare = typed(await start_process_instance.asyncio(client=c.admin, body=StartInstanceRequest(
        bpmn_process_id=uniq)), StartedProcessInstance)
    charge_definition, ship_definition = (str(d.id) for d in deployed.job_definitions)
    got = typed(await get_job_definition.asyncio(ship_definition, client=c.camunda7), JobDefinitionDto)
    assert (got.activity_id, got.overriding_job_priority) == ("ship", None)
    for changed in (
        await update_suspension_state_by.asyncio_detailed(client=c.camunda7, body=JobSuspensionStateDto(
            suspended=True, process_instance_id=spare.process_instance_id)),
        await execute_job.asyncio_detailed(str(spare.jobs[0].key), client=c.camunda7),  # suspension does not stop it
        await update_suspension_state_job_definition.asyncio_detailed(
            ship_definition, client=c.camunda7, body=JobDefinitionSuspensionStateDto(suspended=True)),
        await update_suspension_state_job_definitions.asyncio_detailed(client=c.camunda7, body=(
            JobDefinitionsSuspensionStateDto(suspended=False, process_definition_key=uniq, include_jobs=True))),
        await set_job_retries_job_definition.asyncio_detailed(ship_definition, client=c.camunda7,
                                                              body=JobRetriesDto(retries=2)),  # none exhausted
        await set_job_priority_job_definition.asyncio_detailed(ship_definition, client=c.camunda7,
                                                               body=JobDefinitionPriorityDto(priority=5)),
    ):
        assert (changed.status_code, changed.parsed) == (HTTPStatus.NO_CONTENT, None)
    (spare_ship,) = typed_list(await query_jobs.asyncio(client=c.camunda7, body=JobQueryDto(
        process_instance_id=spare.process_instance_id)), JobDto)
    assert (spare_ship.suspended, spare_ship.job_definition_id) == (False, ship_definition)
    assert (await execute_job.asyncio_detailed(spare_ship.id, client=c.camunda7)).status_code == 204
    assert typed(await get_process_instance.asyncio(spare.process_instance_key, client=c.admin),
                 ProcessInstanceView).state == "completed"
    assert charge_definition != ship_definition
    await deploy_process_definition.asyncio(client=c.admin, body=DeployRequest(
        bpmn_process_id=f"{uniq}-timer", tasks=[TaskSpec(element_id="wait", type_=f"{uniq}-timer", kind="timer",
                                                         job_configuration="DURATION: PT1H")]))
    timer = typed(await start_process_instance.asyncio(client=c.admin, body=StartInstanceRequest(
        bpmn_process_id=f"{uniq}-timer")), StartedProcessInstance).jobs[0].key
    recalculated = await recalculate_duedate.asyncio_detailed(str(timer), client=c.camunda7, creation_date_based=True)
    assert recalculated.status_code == HTTPStatus.NO_CONTENT
    assert CAMUNDA_DATE.fullmatch(typed(await get_job.asyncio(str(timer), client=c.camunda7), JobDto).due_date or "")

    # OPA: the exhausted job, one job, then resubmit the exhausted one (one retry, activatable again)
    page = typed(await list_process_instance_jobs.asyncio(pid, client=c.opa, state="EXHAUSTED", total_results=True),
                 ProcessInstanceJobs)
    assert [i.id for i in page.items] == [str(exhausted)] and (page.total_results, page.has_more) == (1, False)
    item = typed(await get_process_instance_job.asyncio(pid, str(first), client=c.opa), ProcessInstanceJobItem)
    assert (item.activity_name, item.is_executing, item.is_retry_allowed) == ("Charge", False, True)
    assert OPA_DATE.fullmatch(item.created_time) and item.links[0].rel == "self"
    resubmitted = typed(await resubmit_process_instance_job.asyncio(pid, str(exhausted), client=c.opa),
                        ProcessInstanceJobItem)
    assert (resubmitted.retries, resubmitted.exception_message) == (1, "card declined")

    # Zeebe: activate three jobs in key order (the instance's two and the resubmitted one), then settle each
    answer = typed(await activate_jobs.asyncio(client=c.zeebe, type_=charge, max_jobs_to_activate=3,
                                               worker="client-test", job_timeout="1m", fetch_variables=["amount"],
                                               request_timeout=500), ActivateJobsResponse)
    activated = answer.data.jobs
    assert [j.key for j in activated] == [first, second, exhausted] and answer.error is None
    assert (activated[0].status, activated[0].worker, activated[0].bpmn_process_id) == (
        "activated", "client-test", uniq)
    assert activated[0].variables.to_dict() == {"amount": 42.5} and activated[2].retries == 1
    outcomes: list[tuple[int, CompleteJob | FailJob | ThrowJobError]] = [
        (first, CompleteJob(status="completed", variables=CompleteJobVariables.from_dict({"charged": True}))),
        (second, FailJob(status="failed", retries=2, retry_backoff="1h", error_message="gateway timeout")),
        (exhausted, ThrowJobError(status="error_thrown", error_code="CARD_BLOCKED", error_message="blocked")),
    ]
    for key, body in outcomes:
        done = await update_job.asyncio_detailed(key, client=c.zeebe, body=body)
        assert (done.status_code, done.parsed) == (HTTPStatus.NO_CONTENT, None)

    # ... and look again: the instance moved on to `ship`, the failed job waits out its back-off
    view = typed(await get_process_instance.asyncio(started.process_instance_key, client=c.admin), ProcessInstanceView)
    assert view.variables.to_dict() == {"amount": 42.5, "currency": "EUR", "charged": True}
    states = {j.key: (j.state, j.retries) for j in view.jobs}
    assert (states[first], states[second], states[exhausted]) == (("completed", 3), ("activatable", 2),
                                                                  ("error_thrown", 1))
    (next_key,) = (j.key for j in view.jobs if j.element_id == "ship")
    jobs = typed_list(await get_jobs.asyncio(client=c.camunda7, process_instance_id=pid, sort_by="jobId",
                                             sort_order="asc"), JobDto)
    assert [j.id for j in jobs] == [str(second), str(scheduled), str(next_key)]  # history is not listed
    assert (jobs[0].retries, jobs[0].exception_message) == (2, "gateway timeout") and jobs[0].due_date is not None
    page = typed(await list_process_instance_jobs.asyncio(pid, client=c.opa, state="SCHEDULED"), ProcessInstanceJobs)
    assert [i.id for i in page.items] == [str(second), str(scheduled)]
    answer = typed(await activate_jobs.asyncio(client=c.zeebe, type_=ship, request_timeout=500), ActivateJobsResponse)
    assert [j.key for j in answer.data.jobs] == [next_key]

    # Users (the server's authentication is off here; tests/auth covers it being on)
    made = await put_user.asyncio_detailed(uniq, client=c.admin, body=UserUpdate(roles=["reader"], password="pw"))
    assert made.status_code == HTTPStatus.CREATED and typed(made.parsed, User).roles == ["reader"]
    assert uniq in {u.name for u in typed_list(await list_users.asyncio(client=c.admin), User)}
    assert typed(await get_user.asyncio(uniq, client=c.admin), User).all_tenants is False
    assert (await delete_user.asyncio_detailed(uniq, client=c.admin)).status_code == HTTPStatus.NO_CONTENT

    await external_task_calls.flow(c, uniq)  # Camunda 7 external tasks
    assert c.calls.with_status(lambda s: s < 300) == set(spec_operations())


async def test_typed_errors(clients: Clients, uniq: str) -> None:
    c = clients

    # admin: RFC 7807 Problem
    r1 = await deploy_process_definition.asyncio_detailed(client=c.admin, body=DeployRequest(
        bpmn_process_id=uniq, tasks=[TaskSpec(element_id="a", type_=uniq), TaskSpec(element_id="a", type_=uniq)]))
    assert r1.status_code == 400 and typed(r1.parsed, Problem).status == 400
    r2 = await start_process_instance.asyncio_detailed(client=c.admin, body=StartInstanceRequest(
        bpmn_process_id=f"{uniq}-missing"))
    assert r2.status_code == 404 and typed(r2.parsed, Problem).title == "Not Found"
    r3 = await get_process_instance.asyncio_detailed(1, client=c.admin)
    assert r3.status_code == 404 and typed(r3.parsed, Problem).status == 404
    r4 = await bulk_load.asyncio_detailed(client=c.admin, body=LoadRequest(
        instances=[LoadInstance(bpmn_process_id=f"{uniq}-missing")]))
    assert r4.status_code == 404 and typed(r4.parsed, Problem).status == 404

    # Camunda 7: ExceptionDto
    sort_alone = "Only a single sorting parameter specified. sortBy and sortOrder required"
    r5 = await get_jobs.asyncio_detailed(client=c.camunda7, sort_by="jobId")
    exception = typed(r5.parsed, ExceptionDto)
    assert (r5.status_code, exception.type_, exception.message) == (400, "InvalidRequestException", sort_alone)
    r6 = await get_jobs_count.asyncio_detailed(client=c.camunda7, timers=True, messages=True)
    assert r6.status_code == 400 and "timers" in typed(r6.parsed, ExceptionDto).message
    half_sorting = JobDefinitionQueryDto(sorting=[JobDefinitionSortingDto(sort_by="activityId")])
    r7 = await query_job_definitions.asyncio_detailed(client=c.camunda7, body=half_sorting)
    assert r7.status_code == 400 and typed(r7.parsed, ExceptionDto).type_ == "InvalidRequestException"
    r8 = await query_job_definitions_count.asyncio_detailed(client=c.camunda7, body=half_sorting)
    assert r8.status_code == 400 and typed(r8.parsed, ExceptionDto).type_ == "InvalidRequestException"
    missing = "No job found with id '1': job is null"
    for r in (await get_job.asyncio_detailed("1", client=c.camunda7),
              await get_stacktrace.asyncio_detailed("1", client=c.camunda7),
              await set_job_retries.asyncio_detailed("1", client=c.camunda7, body=JobRetriesDto(retries=1)),
              await update_job_suspension_state.asyncio_detailed("1", client=c.camunda7,
                                                                 body=JobSuspensionStateDto(suspended=True)),
              await set_job_duedate.asyncio_detailed("1", client=c.camunda7, body=JobDuedateDto(duedate=None)),
              await set_job_priority.asyncio_detailed("1", client=c.camunda7, body=PriorityDto(priority=1)),
              await delete_job.asyncio_detailed("1", client=c.camunda7)):
        assert r.status_code == 404 and typed(r.parsed, ExceptionDto).type_ == "InvalidRequestException"
    assert typed(r.parsed, ExceptionDto).message == missing
    r = await query_jobs.asyncio_detailed(client=c.camunda7, body=JobQueryDto(sorting=[JobSortingDto(sort_by="x")]))
    assert r.status_code == 400 and "orderBy" in typed(r.parsed, ExceptionDto).message
    r = await query_jobs_count.asyncio_detailed(client=c.camunda7, body=JobQueryDto(timers=True, messages=True))
    assert r.status_code == 400 and "timers" in typed(r.parsed, ExceptionDto).message
    for r in (await update_suspension_state_by.asyncio_detailed(client=c.camunda7,
                                                                 body=JobSuspensionStateDto(suspended=True)),
              await update_suspension_state_job_definitions.asyncio_detailed(
                  client=c.camunda7, body=JobDefinitionsSuspensionStateDto(suspended=True))):
        assert r.status_code == 400 and "should be set" in typed(r.parsed, ExceptionDto).message
    r = await recalculate_duedate.asyncio_detailed("1", client=c.camunda7)
    assert r.status_code == 404 and typed(r.parsed, ExceptionDto).message == "No job found with id '1': job is null"
    r = await execute_job.asyncio_detailed("1", client=c.camunda7)
    assert r.status_code == 404 and typed(r.parsed, ExceptionDto).message == "ENGINE-14026 No job found with id '1'"
    for r in (await get_job_definition.asyncio_detailed("1", client=c.camunda7),
              await update_suspension_state_job_definition.asyncio_detailed(
                  "1", client=c.camunda7, body=JobDefinitionSuspensionStateDto(suspended=True)),
              await set_job_retries_job_definition.asyncio_detailed("1", client=c.camunda7,
                                                                    body=JobRetriesDto(retries=1)),
              await set_job_priority_job_definition.asyncio_detailed("1", client=c.camunda7,
                                                                     body=JobDefinitionPriorityDto(priority=1))):
        assert r.status_code == 404 and typed(r.parsed, ExceptionDto).type_ == "InvalidRequestException"

    # an instance with a job a worker holds right now, for the OPA and Zeebe conflicts
    await deploy_process_definition.asyncio(client=c.admin, body=DeployRequest(
        bpmn_process_id=uniq, tasks=[TaskSpec(element_id="task", type_=uniq)]))
    started = typed(await start_process_instance.asyncio(client=c.admin, body=StartInstanceRequest(
        bpmn_process_id=uniq, jobs=[JobFixture(state="activated", worker="w", deadline=datetime.now(UTC)
                                               + timedelta(hours=1))])), StartedProcessInstance)
    pid, key = started.process_instance_id, started.jobs[0].key

    # OPA: OracleError
    r9 = await list_process_instance_jobs.asyncio_detailed("1", client=c.opa)
    missing = typed(r9.parsed, OracleError)
    assert r9.status_code == 404 and (missing.status, missing.detail) == (404, "Process instance ID does not exist.")
    r10 = await get_process_instance_job.asyncio_detailed(pid, "1", client=c.opa)
    assert r10.status_code == 404 and typed(r10.parsed, OracleError).status == 404
    r11 = await resubmit_process_instance_job.asyncio_detailed(pid, str(key), client=c.opa)
    assert r11.status_code == 409 and typed(r11.parsed, OracleError).status == 409

    # Zeebe: ErrorResponse
    r12 = await activate_jobs.asyncio_detailed(client=c.zeebe, type_=uniq, max_jobs_to_activate=0)
    assert r12.status_code == 400 and "maxJobsToActivate" in typed(r12.parsed, ErrorResponse).error
    r13 = await update_job.asyncio_detailed(1, client=c.zeebe, body=CompleteJob(status="completed"))
    assert r13.status_code == 404 and typed(r13.parsed, ErrorResponse).data is None
    assert (await update_job.asyncio_detailed(key, client=c.zeebe, body=CompleteJob(status="completed"))).status_code \
        == HTTPStatus.NO_CONTENT
    r14 = await update_job.asyncio_detailed(key, client=c.zeebe, body=FailJob(status="failed", retries=1))
    assert r14.status_code == 409 and "completed" in typed(r14.parsed, ErrorResponse).error

    # Admin users: Problem
    assert (await get_user.asyncio_detailed("no-such-user", client=c.admin)).status_code == 404
    assert (await delete_user.asyncio_detailed("no-such-user", client=c.admin)).status_code == 404
    r15 = await put_user.asyncio_detailed("no-such-user", client=c.admin, body=UserUpdate(roles=["worker"]))
    assert r15.status_code == 400 and "password" in typed(r15.parsed, Problem).detail
    unknown_parameter = await c.admin.get_async_httpx_client().get("/users", params={"unknown": "1"})
    assert unknown_parameter.status_code == 400  # list_users takes no parameters; admin rejects unknown ones

    await external_task_calls.errors(c, uniq)  # Camunda 7 external tasks
    assert c.calls.with_status(lambda s: 400 <= s < 500) == set(spec_operations())
