"""A third-party Camunda 7 client, generic-camunda-client (the engine's OpenAPI spec through openapi-generator),
unchanged against a real `jobgate serve` (uvicorn on 127.0.0.1), on each backend: it reads, queries, changes,
executes and suspends jobs and job definitions, and reads the engine's error bodies from its ApiException."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import generic_camunda_client as camunda
import httpx
import pytest
from generic_camunda_client.rest import ApiException

from tests.servers import Server

Apis = tuple[camunda.JobApi, camunda.JobDefinitionApi]


@pytest.fixture(scope="module")
def server(database_url: str) -> Iterator[Server]:
    s = Server(database_url)
    try:
        s.wait_ready()
        yield s
    finally:
        s.stop()


@pytest.fixture(scope="module")
def apis(server: Server) -> Iterator[Apis]:
    client = camunda.ApiClient(camunda.Configuration(host=server.url + "/engine-rest"))
    try:
        yield camunda.JobApi(client), camunda.JobDefinitionApi(client)
    finally:
        client.close()


def admin(server: Server, path: str, body: dict[str, Any]) -> dict[str, Any]:
    r = httpx.post(f"{server.url}/admin{path}", json=body, timeout=10)
    assert r.status_code == 201, r.text
    return dict(r.json())


def deploy_and_start(server: Server, bpmn: str, *jobs: dict[str, Any]) -> tuple[list[str], list[str], str]:
    """Deploy `bpmn` with tasks t1, t2 and start one instance with these fixtures: the job definition ids, the job
    ids, the process instance id."""
    deployed = admin(server, "/process-definitions", {"bpmnProcessId": bpmn, "tasks": [
        {"elementId": "t1", "type": bpmn}, {"elementId": "t2", "type": f"{bpmn}-2"}]})
    started = admin(server, "/process-instances", {"bpmnProcessId": bpmn, "jobs": list(jobs)})
    return ([str(d["id"]) for d in deployed["jobDefinitions"]], [str(j["key"]) for j in started["jobs"]],
            started["processInstanceId"])


def error(exc: pytest.ExceptionInfo[ApiException]) -> tuple[int, dict[str, Any]]:
    return exc.value.status, dict(json.loads(exc.value.body))


def test_jobs(server: Server, apis: Apis) -> None:
    jobs, _ = apis
    _, (plain, failed, held), pid = deploy_and_start(
        server, "gcc-jobs", {}, {"state": "failed", "exceptionMessage": "boom", "exceptionTrace": "at x()"},
        {"state": "activated", "worker": "w", "deadline": "2999-01-01T00:00:00Z"})
    listed = jobs.query_jobs(first_result=0, max_results=10, job_query_dto=camunda.JobQueryDto(
        process_instance_id=pid, sorting=[camunda.JobQueryDtoSorting(sort_by="jobId", sort_order="desc")]))
    assert [j.id for j in listed] == [held, failed, plain]
    assert jobs.query_jobs_count(job_query_dto=camunda.JobQueryDto(process_instance_id=pid,
                                                                   no_retries_left=True)).count == 1
    assert [j.id for j in jobs.get_jobs(process_instance_id=pid, sort_by="jobId", sort_order="asc")] == [
        plain, failed, held]
    one = jobs.get_job(failed)
    assert (one.retries, one.exception_message, one.suspended) == (0, "boom", False)
    assert one.create_time.tzinfo is not None
    assert jobs.get_stacktrace(failed) == "at x()"

    jobs.set_job_retries(failed, retries_dto=camunda.RetriesDto(retries=2))
    jobs.set_job_priority(plain, priority_dto=camunda.PriorityDto(priority=42))
    due = datetime(2999, 1, 1, tzinfo=UTC)
    jobs.set_job_duedate(plain, job_duedate_dto=camunda.JobDuedateDto(duedate=due, cascade=False))
    jobs.update_job_suspension_state(plain, suspension_state_dto=camunda.SuspensionStateDto(suspended=True))
    got = {j.id: j for j in jobs.query_jobs(job_query_dto=camunda.JobQueryDto(process_instance_id=pid))}
    assert (got[plain].priority, got[plain].due_date, got[plain].suspended) == (42, due, True)
    assert got[failed].retries == 2
    jobs.update_suspension_state_by(job_suspension_state_dto=camunda.JobSuspensionStateDto(
        suspended=False, process_instance_id=pid))
    assert jobs.get_jobs_count(process_instance_id=pid, suspended=True).count == 0

    jobs.execute_job(plain)  # t1 done: the instance moves on to t2
    after = jobs.query_jobs(job_query_dto=camunda.JobQueryDto(process_instance_id=pid, activity_id="t2"))
    assert len(after) == 1 and after[0].retries == 3
    with pytest.raises(ApiException) as exc:
        jobs.execute_job(held)
    assert error(exc) == (409, {"type": "RestException",
                                "message": "Cannot execute job when the job is being executed. Try again later."})
    with pytest.raises(ApiException) as exc:
        jobs.get_job(plain)
    assert error(exc) == (404, {"type": "InvalidRequestException", "message": f"Job with id {plain} does not exist"})
    with pytest.raises(ApiException) as exc:
        jobs.update_suspension_state_by(job_suspension_state_dto=camunda.JobSuspensionStateDto(suspended=True))
    assert error(exc)[0] == 400 and "should be set to update the suspension state" in error(exc)[1]["message"]
    with pytest.raises(ApiException) as exc:
        jobs.query_jobs(job_query_dto=camunda.JobQueryDto(sorting=[camunda.JobQueryDtoSorting(sort_by="jobId")]))
    assert error(exc)[1]["message"] == "Invalid query: call asc() or desc() after using orderByXX(): direction is null"


def test_job_definitions(server: Server, apis: Apis) -> None:
    jobs, definitions = apis
    (t1, t2), (job, exhausted), pid = deploy_and_start(server, "gcc-defs", {}, {"elementId": "t2", "state": "failed"})
    got = definitions.get_job_definition(t1)
    assert (got.activity_id, got.job_type, got.suspended) == ("t1", "async-continuation", False)
    listed = definitions.query_job_definitions(job_definition_query_dto=camunda.JobDefinitionQueryDto(
        process_definition_key="gcc-defs", sorting=[camunda.JobDefinitionQueryDtoSorting(
            sort_by="activityId", sort_order="desc")]))
    assert [d.id for d in listed] == [t2, t1]
    assert definitions.query_job_definitions_count(job_definition_query_dto=camunda.JobDefinitionQueryDto(
        process_definition_key="gcc-defs")).count == 2

    definitions.update_suspension_state_job_definition(t1, job_definition_suspension_state_dto=(
        camunda.JobDefinitionSuspensionStateDto(suspended=True, include_jobs=True)))
    assert definitions.get_job_definition(t1).suspended is True and jobs.get_job(job).suspended is True
    definitions.update_suspension_state_job_definitions(job_definitions_suspension_state_dto=(
        camunda.JobDefinitionsSuspensionStateDto(suspended=False, process_definition_key="gcc-defs",
                                                 include_jobs=True)))
    assert definitions.get_job_definition(t1).suspended is False and jobs.get_job(job).suspended is False
    definitions.set_job_retries_job_definition(t2, retries_dto=camunda.RetriesDto(retries=4))
    assert jobs.get_job(exhausted).retries == 4
    definitions.set_job_priority_job_definition(t1, job_definition_priority_dto=camunda.JobDefinitionPriorityDto(
        priority=9, include_jobs=True))
    assert (definitions.get_job_definition(t1).overriding_job_priority, jobs.get_job(job).priority) == (9, 9)
    assert pid

    with pytest.raises(ApiException) as exc:
        definitions.get_job_definition("42")
    assert error(exc) == (404, {"type": "InvalidRequestException",
                                "message": "Job Definition with id 42 does not exist"})
    with pytest.raises(ApiException) as exc:
        definitions.set_job_priority_job_definition(t1, job_definition_priority_dto=(
            camunda.JobDefinitionPriorityDto(include_jobs=True)))
    assert error(exc) == (400, {"type": "InvalidRequestException",
                                "message": f"Cannot reset priority for job definition {t1} with includeJobs=true"})
    with pytest.raises(ApiException) as exc:
        definitions.update_suspension_state_job_definition(t1, job_definition_suspension_state_dto=(
            camunda.JobDefinitionSuspensionStateDto(suspended=True, execution_date="a")))
    assert error(exc)[1]["message"] == (f"The suspension state of Job Definition with id {t1} could not be updated "
                                        'due to: Invalid format: "a"')
