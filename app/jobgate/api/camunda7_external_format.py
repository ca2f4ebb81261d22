"""Camunda 7 external-task wire formats: ExternalTaskDto, LockedExternalTaskDto, the engine's error bodies for
worker commands, and the query parameters and bodies of GET/POST /external-task (docs/camunda7.md)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from starlette.responses import Response

from jobgate.api.camunda7_format import format_date, java_split, parse_date
from jobgate.api.camunda7_variables import VariableError, from_store
from jobgate.api.common import json_response
from jobgate.store.errors import InvalidRequest
from jobgate.store.external_task_query import SORT_COLUMNS, ExternalTaskQuery
from jobgate.store.external_tasks import ExternalTaskNotFound, LockExpired, TaskSuspended, WrongWorker
from jobgate.store.queries import to_key
from jobgate.store.tables import ACTIVATED

MAX_ASYNC_RESPONSE_TIMEOUT = 1_800_000
_WRONG_WORKER = {
    "complete": "External Task {id} cannot be completed by worker '{w}'",
    "failure": "Failure of External Task {id} cannot be reported by worker '{w}'",
    "bpmnError": "Bpmn error of External Task {id} cannot be reported by worker '{w}'",
    "extendLock": "The lock of the External Task {id} cannot be extended by worker '{w}''",  # sic, as the engine
}
ONLY_ONE_DIRECTION = ("Invalid query: can specify only one direction desc() or asc() for an ordering constraint: "
                      "direction is not null")
NO_PROPERTY = ("You should call any of the orderBy methods first before specifying a direction: "
               "currentOrderingProperty is null")
NO_DIRECTION = "Invalid query: call asc() or desc() after using orderByXX(): direction is null"


def error(kind: str, message: str, status: int = 400) -> Response:
    return json_response({"type": kind, "message": message}, status=status)


def engine_error(exc: Exception) -> Response | None:
    """The engine's answer to a refused external-task command, or None when the exception is not one of those."""
    if isinstance(exc, ExternalTaskNotFound):
        return error("RestException", exc.message, 404)
    if isinstance(exc, WrongWorker):
        text = _WRONG_WORKER[exc.action].format(id=exc.task_id, w=exc.worker)
        return error("RestException", f"{text}. It is locked by worker '{fmt_owner(exc.owner)}'.")
    if isinstance(exc, TaskSuspended | LockExpired):
        return error("RestException", exc.message)
    if isinstance(exc, VariableError):
        return error(exc.kind, exc.message)
    return None


def external_task_dto(r: Any) -> dict[str, Any]:
    locked = r.state == ACTIVATED
    return {
        "activityId": r.element_id,
        "activityInstanceId": f"{r.element_id}:{r.element_instance_key}",
        "errorMessage": r.exception_message,
        "executionId": str(r.element_instance_key),
        "id": str(r.key),
        "lockExpirationTime": format_date(r.deadline) if locked else None,
        "createTime": format_date(r.create_time),
        "processDefinitionId": r.process_definition_id,
        "processDefinitionKey": r.bpmn_process_id,
        "processDefinitionVersionTag": None,
        "processInstanceId": str(r.process_instance_key),
        "tenantId": r.tenant_id,
        "retries": r.retries,
        "suspended": bool(r.suspended),
        "workerId": r.worker if locked else None,
        "topicName": r.type,
        "priority": r.priority,
        "businessKey": r.business_key,
    }


def locked_task_dto(r: Any, variables: dict[str, Any]) -> dict[str, Any]:
    dto = external_task_dto(r)
    dto.update(suspended=False, errorDetails=r.exception_trace, variables=from_store(variables),
               extensionProperties={})
    return dto


def fetch_sorting(items: Sequence[Any] | None) -> bool | None:
    """fetchAndLock `sorting`: only createTime; None (key order) or whether it is descending."""
    descending: bool | None = None
    for item in items or ():
        item = item or {}
        sort_by, sort_order = item.get("sortBy"), item.get("sortOrder")
        if sort_by != "createTime":
            raise InvalidRequest(f"Cannot set query sortBy parameter to value {_java(sort_by)}")
        if sort_order is None:
            raise InvalidRequest(NO_DIRECTION)
        if sort_order not in ("asc", "desc"):
            raise InvalidRequest(f"Cannot set query sortOrder parameter to value {sort_order}")
        descending = sort_order == "desc"
    return descending


def _java(value: Any) -> str:
    return "null" if value is None else str(value)


def body_sorting(items: Sequence[Any] | None) -> tuple[tuple[str, bool], ...]:
    """A query body's `sorting` as the engine's query builder takes it (orderBy..., then asc()/desc())."""
    ordering: list[list[Any]] = []
    for item in items or ():
        item = item or {}
        if item.get("sortBy") in SORT_COLUMNS:
            ordering.append([item["sortBy"], None])
        if item.get("sortOrder") in ("asc", "desc"):
            if not ordering:
                raise InvalidRequest(NO_PROPERTY)
            if ordering[-1][1] is not None:
                raise InvalidRequest(ONLY_ONE_DIRECTION)
            ordering[-1][1] = item["sortOrder"] == "desc"
    if any(direction is None for _name, direction in ordering):
        raise InvalidRequest(NO_DIRECTION)
    return tuple((name, bool(direction)) for name, direction in ordering)


def _date(name: str, value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise InvalidRequest(f"Cannot set query parameter '{name}' to value '{value}': Cannot convert value "
                             f'"{value}" to java type java.util.Date') from None


def _keys(single: str | None, listed: Sequence[str] | None) -> frozenset[int] | None:
    sets = []
    if single is not None:
        sets.append({to_key(single)})
    if listed is not None:
        sets.append({to_key(v) for v in listed})
    if not sets:
        return None
    return frozenset(set.intersection(*sets))


def _strings(single: str | None, listed: Sequence[str] | None) -> tuple[str, ...] | None:
    if single is None and listed is None:
        return None
    if single is not None and listed is not None:
        return tuple(v for v in listed if v == single)
    return (single,) if single is not None else tuple(listed or ())


def task_query(get: Callable[[str], Any], listed: Callable[[str], Sequence[str] | None],
               sorting: tuple[tuple[str, bool], ...]) -> ExternalTaskQuery:
    """An ExternalTaskQuery from named values (`get`) and lists (`listed`) of a query string or a JSON body."""
    tenant_ids = listed("tenantIdIn")
    return ExternalTaskQuery(
        keys=_keys(get("externalTaskId"), listed("externalTaskIdIn")),
        topic_name=get("topicName"),
        worker_id=get("workerId"),
        locked=get("locked") is True,
        not_locked=get("notLocked") is True,
        lock_expiration_before=_date("lockExpirationBefore", get("lockExpirationBefore")),
        lock_expiration_after=_date("lockExpirationAfter", get("lockExpirationAfter")),
        activity_ids=_strings(get("activityId"), listed("activityIdIn")),
        execution_ids=_keys(get("executionId"), None),
        instance_keys=_keys(get("processInstanceId"), listed("processInstanceIdIn")),
        definition_ids=_strings(get("processDefinitionId"), None),
        definition_keys=_strings(get("processDefinitionKey"), listed("processDefinitionKeyIn")),
        tenant_ids=tuple(tenant_ids) if tenant_ids else None,
        without_tenant=get("withoutTenantId") is True,
        with_retries_left=get("withRetriesLeft") is True,
        no_retries_left=get("noRetriesLeft") is True,
        active=get("active") is True,
        suspended=get("suspended") is True,
        priority_min=get("priorityHigherThanOrEquals"),
        priority_max=get("priorityLowerThanOrEquals"),
        sorting=sorting,
    )


def query_from_params(params: dict[str, Any]) -> ExternalTaskQuery:
    """GET /external-task(/count): camelCase names (comma lists split as Java does); sortBy with sortOrder."""
    sort_by, sort_order = params.get("sortBy"), params.get("sortOrder")
    if (sort_by is None) != (sort_order is None):
        raise InvalidRequest("Only a single sorting parameter specified. sortBy and sortOrder required")
    sorting = ((sort_by, sort_order == "desc"),) if sort_by is not None else ()

    def listed(name: str) -> list[str] | None:
        value = params.get(name)
        return None if value is None else java_split(value, ",")

    return task_query(params.get, listed, sorting)


def query_from_body(body: Any) -> ExternalTaskQuery:
    if body is None:
        body = {}
    if not isinstance(body, dict):
        raise InvalidRequest("The request body must be a JSON object.")
    for name in ("priorityHigherThanOrEquals", "priorityLowerThanOrEquals"):
        if body.get(name) is not None and not -(2**63) <= body[name] < 2**63:
            raise InvalidRequest(f"Cannot set query parameter '{name}' to value '{body[name]}'")

    def listed(name: str) -> list[str] | None:
        value = body.get(name)
        return None if value is None else [str(v) for v in value]

    return task_query(body.get, listed, body_sorting(body.get("sorting")))


def fmt_owner(owner: str | None) -> str:
    return "null" if owner is None else owner  # Java's string concatenation of a null
