"""Camunda 7 request parameters and bodies to store queries (the engine's rules and messages)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from jobgate import limits
from jobgate.api.camunda7_format import java_split, parse_conditions, parse_date
from jobgate.store.errors import InvalidRequest
from jobgate.store.job_definition_query import JobDefinitionQuery
from jobgate.store.job_query import JobQuery
from jobgate.store.queries import to_key
from jobgate_models.camunda7 import JobDefinitionQueryDto, JobQueryDto

JOB_SORT_FIELDS = {
    "jobId": "key",
    "executionId": "element_instance_key",
    "processInstanceId": "process_instance_key",
    "processDefinitionId": "process_definition_id",
    "processDefinitionKey": "bpmn_process_id",
    "jobPriority": "priority",
    "jobRetries": "retries",
    "jobDueDate": "due_date",
    "tenantId": "tenant_id",
}
JOB_DEFINITION_SORT_FIELDS = {
    "jobDefinitionId": "id",
    "activityId": "element_id",
    "processDefinitionId": "process_definition_id",
    "processDefinitionKey": "bpmn_process_id",
    "jobType": "job_type",
    "jobConfiguration": "job_configuration",
    "tenantId": "tenant_id",
}


def _key_sets(single: str | None, listed: str | None) -> tuple[frozenset[int], ...]:
    """The key sets of an `id` and an `ids` parameter (each narrows; an empty list, e.g. `,`, is no filter)."""
    sets = [] if single is None else [frozenset({to_key(single)})]
    if listed is not None:
        items = java_split(listed, ",")
        if items:
            sets.append(frozenset(to_key(v) for v in items))
    return tuple(sets)


def _list(value: str | None) -> list[str] | None:
    return None if value is None else java_split(value, ",")


def _optional_key(value: str | None) -> int | None:
    return None if value is None else to_key(value)


def job_sorting(sort_by: str | None, sort_order: str | None) -> tuple[tuple[str, bool], ...]:
    if (sort_by is None) != (sort_order is None):
        raise InvalidRequest("Only a single sorting parameter specified. sortBy and sortOrder required")
    if sort_by is None:
        return ()
    return ((JOB_SORT_FIELDS[sort_by], sort_order == "desc"),)


def job_query(p: dict[str, Any], *, sortable: bool, max_conditions: int | None = None) -> JobQuery:
    """A JobQuery from GET /job (or /job/count) parameters, named as Connexion's pythonic_params gives them."""
    return _job_query(
        p,
        key_sets=_key_sets(p.get("job_id"), p.get("job_ids")),
        process_instance_key_sets=_key_sets(p.get("process_instance_id"), p.get("process_instance_ids")),
        due_dates=parse_conditions("dueDates", p.get("due_dates"), max_conditions),
        create_times=parse_conditions("createTimes", p.get("create_times"), max_conditions),
        tenant_ids=_list(p.get("tenant_id_in")),
        sorting=job_sorting(p.get("sort_by"), p.get("sort_order")) if sortable else (),
    )


def job_query_body(body: Any, *, max_conditions: int | None = None) -> JobQuery:
    """A JobQuery from the JSON body of POST /job (or /job/count): the GET names, lists as arrays, date conditions
    as `{operator, value}` items, and `sorting`, checked as the engine's query does."""
    dto = JobQueryDto.model_validate(json_object(body), by_alias=True, by_name=False)  # wire names only
    p = dto.model_dump()
    dates = {name: body_conditions(name, getattr(dto, attr), max_conditions)
             for name, attr in (("dueDates", "due_dates"), ("createTimes", "create_times"))}
    return _job_query(
        p,
        key_sets=_key_lists(dto.job_id, dto.job_ids),
        process_instance_key_sets=_key_lists(dto.process_instance_id, dto.process_instance_ids),
        due_dates=dates["dueDates"],
        create_times=dates["createTimes"],
        tenant_ids=dto.tenant_id_in or None,  # an empty list is no filter, as in the engine
        sorting=body_sorting(dto.sorting, JOB_SORT_FIELDS),
    )


def _key_lists(single: str | None, listed: list[str] | None) -> tuple[frozenset[int], ...]:
    sets = [] if single is None else [frozenset({to_key(single)})]
    if listed:
        sets.append(frozenset(to_key(v) for v in listed))
    return tuple(sets)


def _job_query(p: dict[str, Any], **parsed: Any) -> JobQuery:
    if p.get("timers") and p.get("messages"):
        raise InvalidRequest("Parameter timers cannot be used together with parameter messages.")
    return JobQuery(
        job_definition_id=_optional_key(p.get("job_definition_id")),
        element_instance_key=_optional_key(p.get("execution_id")),
        process_definition_id=p.get("process_definition_id"),
        bpmn_process_id=p.get("process_definition_key"),
        element_id=p.get("activity_id"),
        with_retries_left=bool(p.get("with_retries_left")),
        no_retries_left=bool(p.get("no_retries_left")),
        executable=bool(p.get("executable")),
        timers=bool(p.get("timers")),
        messages=bool(p.get("messages")),
        with_exception=bool(p.get("with_exception")),
        exception_message=p.get("exception_message"),
        failed_activity_id=p.get("failed_activity_id"),
        active=bool(p.get("active")),
        suspended=bool(p.get("suspended")),
        priority_gte=p.get("priority_higher_than_or_equals"),
        priority_lte=p.get("priority_lower_than_or_equals"),
        include_without_tenant=bool(p.get("include_jobs_without_tenant_id")),
        without_tenant=bool(p.get("without_tenant_id")),
        **parsed,
    )


def body_sorting(items: Sequence[Any] | None, fields: dict[str, str]) -> tuple[tuple[str, bool], ...]:
    """A body's sorting items, checked as the engine's AbstractQuery does (with its messages), except that every
    item needs both properties: the engine would let `[{sortBy}, {sortOrder}]` pass as one ordering. An unknown
    sortBy sets no ordering property and an unknown sortOrder no direction (the engine's query DTOs), so they get
    the messages of a missing one."""
    result: list[tuple[str, bool]] = []
    for item in items or []:
        if item.sort_by is None or item.sort_by not in fields:
            if result and item.sort_order is not None:  # a second direction for the previous ordering
                raise InvalidRequest("Invalid query: can specify only one direction desc() or asc() for an ordering "
                                     "constraint: direction is not null")
            raise InvalidRequest("You should call any of the orderBy methods first before specifying a direction: "
                                 "currentOrderingProperty is null")
        if item.sort_order not in ("asc", "desc"):  # missing or unknown: the engine sets no direction
            raise InvalidRequest("Invalid query: call asc() or desc() after using orderByXX(): direction is null")
        result.append((fields[item.sort_by], item.sort_order == "desc"))
    return tuple(result)


def body_conditions(name: str, items: Sequence[Any] | None, max_conditions: int | None) -> list[tuple[str, int]]:
    """`[{operator, value}]` date conditions of a body, with the words of the GET conditions: every date first
    (the engine's JSON mapping reads them before the query is built), then every comparator."""
    if not items:
        return []
    label = "due date" if name == "dueDates" else "create time"
    if max_conditions is not None and len(items) > max_conditions:
        raise limits.exceeded("JOBGATE_QUERY_MAX_CONDITIONS", f"Cannot set query parameter '{name}': "
                              f"{len(items)} conditions are more than the limit of {max_conditions}.")
    dates = []
    for item in items:
        try:
            dates.append(parse_date(item.value or ""))
        except ValueError:
            value = "null" if item.value is None else item.value  # Java's word for a missing one
            raise InvalidRequest(f'Invalid {label} format: Cannot convert value "{value}" to java type '
                                 "java.util.Date") from None
    for item in items:
        if item.operator not in ("gt", "lt"):
            operator = "null" if item.operator is None else item.operator
            raise InvalidRequest(f"Invalid {label} comparator specified: {operator}")
    return [(item.operator, ms) for item, ms in zip(items, dates, strict=True)]


def json_object(body: Any) -> dict[str, Any]:
    """The request body as a JSON object. Without a Content-Type Connexion validates the body as JSON but hands
    the handler its raw bytes; an absent body is `{}`."""
    if isinstance(body, bytes | str):
        try:
            body = orjson.loads(body) if body else None
        except orjson.JSONDecodeError as exc:
            raise InvalidRequest(f"The request body is not valid JSON: {exc}") from None
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise InvalidRequest(f"The request body must be a JSON object, not {type(body).__name__}.")
    return body


def job_definition_query(body: Any) -> JobDefinitionQuery:
    dto = JobDefinitionQueryDto.model_validate(json_object(body), by_alias=True, by_name=False)
    return JobDefinitionQuery(
        id=_optional_key(dto.job_definition_id),
        element_ids=dto.activity_id_in,
        process_definition_id=dto.process_definition_id,
        bpmn_process_id=dto.process_definition_key,
        job_type=dto.job_type,
        job_configuration=dto.job_configuration,
        active=bool(dto.active),
        suspended=bool(dto.suspended),
        with_overriding_job_priority=bool(dto.with_overriding_job_priority),
        tenant_ids=dto.tenant_id_in,
        include_without_tenant=bool(dto.include_job_definitions_without_tenant_id),
        without_tenant=bool(dto.without_tenant_id),
        sorting=body_sorting(dto.sorting, JOB_DEFINITION_SORT_FIELDS),
    )
