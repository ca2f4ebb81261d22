"""The Camunda 7 external-task operations through the generated client, for tests/clients/test_in_process.py:
every operation once with success (`flow`) and once with its typed error body (`errors`)."""

from __future__ import annotations

from http import HTTPStatus

from jobgate_admin_client.api.definitions import deploy_process_definition
from jobgate_admin_client.api.instances import get_process_instance, start_process_instance
from jobgate_admin_client.models import (
    DeployRequest,
    ProcessInstanceView,
    StartedProcessInstance,
    StartInstanceRequest,
    StartInstanceRequestVariables,
    TaskSpec,
)
from jobgate_camunda7_client.api.external_task import (
    complete_external_task,
    extend_external_task_lock,
    fetch_and_lock,
    get_external_task,
    get_external_task_error_details,
    get_external_tasks,
    get_external_tasks_count,
    handle_external_task_bpmn_error,
    handle_external_task_failure,
    query_external_tasks,
    query_external_tasks_count,
    set_external_task_retries,
    unlock_external_task,
)
from jobgate_camunda7_client.models import (
    CompleteExternalTaskDto,
    CountResultDto,
    ExceptionDto,
    ExtendLockOnExternalTaskDto,
    ExternalTaskBpmnErrorDto,
    ExternalTaskDto,
    ExternalTaskFailureDto,
    ExternalTaskQueryDto,
    FetchExternalTasksDto,
    FetchExternalTaskTopicDto,
    LockedExternalTaskDto,
    RetriesDto,
    SortingDto,
    VariableMapType0,
    VariableValueDto,
)

from .support import Clients, typed, typed_list


def _fetch(topic: str, worker: str = "client-worker", max_tasks: int = 10) -> FetchExternalTasksDto:
    return FetchExternalTasksDto(worker_id=worker, max_tasks=max_tasks, async_response_timeout=500,
                                 topics=[FetchExternalTaskTopicDto(topic_name=topic, lock_duration=60_000)])


async def flow(c: Clients, uniq: str) -> None:
    topic = f"{uniq}-et"
    await deploy_process_definition.asyncio(client=c.admin, body=DeployRequest(
        bpmn_process_id=topic, tasks=[TaskSpec(element_id="work", type_=topic)]))
    keys = []
    for n in range(4):
        started = typed(await start_process_instance.asyncio(client=c.admin, body=StartInstanceRequest(
            bpmn_process_id=topic, business_key=f"BK-{n}",
            variables=StartInstanceRequestVariables.from_dict({"n": n}))), StartedProcessInstance)
        keys.append(started.process_instance_key)
    locked = typed_list(await fetch_and_lock.asyncio(client=c.camunda7, body=_fetch(topic)), LockedExternalTaskDto)
    assert [t.business_key for t in locked] == ["BK-0", "BK-1", "BK-2", "BK-3"]
    assert locked[0].variables.to_dict() == {"n": {"type": "Integer", "value": 0, "valueInfo": {}}}
    done, failing, thrown, unlocked = (t.id for t in locked)
    amount = VariableValueDto(value=42, type_="Long")
    variables = VariableMapType0.from_dict({"amount": amount.to_dict()})
    results = [
        await complete_external_task.asyncio_detailed(done, client=c.camunda7, body=CompleteExternalTaskDto(
            worker_id="client-worker", variables=variables)),
        await handle_external_task_failure.asyncio_detailed(failing, client=c.camunda7, body=ExternalTaskFailureDto(
            worker_id="client-worker", error_message="down", error_details="trace", retries=0)),
        await handle_external_task_bpmn_error.asyncio_detailed(thrown, client=c.camunda7, body=ExternalTaskBpmnErrorDto(
            worker_id="client-worker", error_code="E1")),
        await extend_external_task_lock.asyncio_detailed(unlocked, client=c.camunda7, body=ExtendLockOnExternalTaskDto(
            worker_id="client-worker", new_duration=120_000)),
        await unlock_external_task.asyncio_detailed(unlocked, client=c.camunda7),
        await set_external_task_retries.asyncio_detailed(failing, client=c.camunda7, body=RetriesDto(retries=2)),
    ]
    assert [r.status_code for r in results] == [HTTPStatus.NO_CONTENT] * 6
    view = typed(await get_process_instance.asyncio(keys[0], client=c.admin), ProcessInstanceView)
    assert view.variables.to_dict() == {"n": 0, "amount": 42}
    listed = typed_list(await get_external_tasks.asyncio(client=c.camunda7, topic_name=topic, sort_by="id",
                                                         sort_order="asc"), ExternalTaskDto)
    assert [(t.id, t.retries, t.worker_id) for t in listed] == [(failing, 2, None), (unlocked, 3, None)]
    counted = typed(await get_external_tasks_count.asyncio(client=c.camunda7, topic_name=topic), CountResultDto)
    queried = typed_list(await query_external_tasks.asyncio(client=c.camunda7, body=ExternalTaskQueryDto(
        topic_name=topic, sorting=[SortingDto(sort_by="id", sort_order="desc")])), ExternalTaskDto)
    posted = typed(await query_external_tasks_count.asyncio(client=c.camunda7, body=ExternalTaskQueryDto(
        topic_name=topic, with_retries_left=True)), CountResultDto)
    assert (counted.count, [t.id for t in queried], posted.count) == (2, [unlocked, failing], 2)
    one = typed(await get_external_task.asyncio(failing, client=c.camunda7), ExternalTaskDto)
    assert (one.error_message, one.topic_name) == ("down", topic)
    assert await get_external_task_error_details.asyncio(failing, client=c.camunda7) == "trace"


async def errors(c: Clients, uniq: str) -> None:
    missing = "External task with id 1 does not exist"
    for r in (
        await get_external_task.asyncio_detailed("1", client=c.camunda7),
        await get_external_task_error_details.asyncio_detailed("1", client=c.camunda7),
        await complete_external_task.asyncio_detailed("1", client=c.camunda7, body=CompleteExternalTaskDto(
            worker_id="w")),
        await handle_external_task_failure.asyncio_detailed("1", client=c.camunda7, body=ExternalTaskFailureDto(
            worker_id="w")),
        await handle_external_task_bpmn_error.asyncio_detailed("1", client=c.camunda7, body=ExternalTaskBpmnErrorDto(
            worker_id="w", error_code="E")),
        await extend_external_task_lock.asyncio_detailed("1", client=c.camunda7, body=ExtendLockOnExternalTaskDto(
            worker_id="w", new_duration=5)),
        await unlock_external_task.asyncio_detailed("1", client=c.camunda7),
        await set_external_task_retries.asyncio_detailed("1", client=c.camunda7, body=RetriesDto(retries=1)),
    ):
        error = typed(r.parsed, ExceptionDto)
        assert (r.status_code, error.type_, error.message) == (404, "RestException", missing)
    bad_sorting = [SortingDto(sort_by="createTime", sort_order="sideways")]
    r1 = await fetch_and_lock.asyncio_detailed(client=c.camunda7, body=FetchExternalTasksDto(
        worker_id="w", sorting=bad_sorting))
    assert r1.status_code == 400 and typed(r1.parsed, ExceptionDto).message == (
        "Cannot set query sortOrder parameter to value sideways")
    sort_alone = "Only a single sorting parameter specified. sortBy and sortOrder required"
    for r in (await get_external_tasks.asyncio_detailed(client=c.camunda7, sort_order="asc"),
              await get_external_tasks_count.asyncio_detailed(client=c.camunda7, sort_order="asc")):
        assert r.status_code == 400 and typed(r.parsed, ExceptionDto).message == sort_alone
    half = ExternalTaskQueryDto(sorting=[SortingDto(sort_by="id")])
    for r in (await query_external_tasks.asyncio_detailed(client=c.camunda7, body=half),
              await query_external_tasks_count.asyncio_detailed(client=c.camunda7, body=half)):
        assert r.status_code == 400 and typed(r.parsed, ExceptionDto).type_ == "InvalidRequestException"


def flow_sync(c: Clients, uniq: str) -> None:
    """Every external-task operation once with success through the sync API (over TCP in test_real_server.py)."""
    topic = f"{uniq}-et"
    deploy_process_definition.sync(client=c.admin, body=DeployRequest(
        bpmn_process_id=topic, tasks=[TaskSpec(element_id="work", type_=topic)]))
    for _ in range(4):
        start_process_instance.sync(client=c.admin, body=StartInstanceRequest(bpmn_process_id=topic))
    locked = typed_list(fetch_and_lock.sync(client=c.camunda7, body=_fetch(topic)), LockedExternalTaskDto)
    done, failing, thrown, unlocked = (t.id for t in locked)
    w = "client-worker"
    statuses = [
        complete_external_task.sync_detailed(done, client=c.camunda7, body=CompleteExternalTaskDto(worker_id=w)),
        handle_external_task_failure.sync_detailed(failing, client=c.camunda7, body=ExternalTaskFailureDto(
            worker_id=w, error_details="trace")),
        handle_external_task_bpmn_error.sync_detailed(thrown, client=c.camunda7, body=ExternalTaskBpmnErrorDto(
            worker_id=w, error_code="E")),
        extend_external_task_lock.sync_detailed(unlocked, client=c.camunda7, body=ExtendLockOnExternalTaskDto(
            worker_id=w, new_duration=1000)),
        unlock_external_task.sync_detailed(unlocked, client=c.camunda7),
        set_external_task_retries.sync_detailed(failing, client=c.camunda7, body=RetriesDto(retries=1)),
    ]
    assert [r.status_code for r in statuses] == [HTTPStatus.NO_CONTENT] * 6
    assert len(typed_list(get_external_tasks.sync(client=c.camunda7, topic_name=topic), ExternalTaskDto)) == 2
    assert typed(get_external_tasks_count.sync(client=c.camunda7, topic_name=topic), CountResultDto).count == 2
    query = ExternalTaskQueryDto(topic_name=topic)
    assert len(typed_list(query_external_tasks.sync(client=c.camunda7, body=query), ExternalTaskDto)) == 2
    assert typed(query_external_tasks_count.sync(client=c.camunda7, body=query), CountResultDto).count == 2
    assert typed(get_external_task.sync(failing, client=c.camunda7), ExternalTaskDto).retries == 1
    assert get_external_task_error_details.sync(failing, client=c.camunda7) == "trace"
