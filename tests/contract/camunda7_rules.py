"""Positive Camunda 7 bodies kept to the engine's rules that OpenAPI 3.0 cannot state.

The engine words these refusals itself (a sorting item with an unknown sortBy, timers together with messages,
a bulk suspension with no selector or with two, a null priority...), so the spec leaves the values free and the
server answers a 400 with the engine's message; tests/api pins each of those messages. A schema-valid case that
breaks such a rule is not positive data, so before the call its body is brought within the rule (by the value it
had, so reproducibly). Negative cases stay as generated.
"""

from __future__ import annotations

import zlib
from typing import Any

JOB_SORT = ["jobId", "executionId", "processInstanceId", "processDefinitionId", "processDefinitionKey",
            "jobPriority", "jobRetries", "jobDueDate", "tenantId"]
JOB_DEFINITION_SORT = ["jobDefinitionId", "activityId", "processDefinitionId", "processDefinitionKey", "jobType",
                       "jobConfiguration", "tenantId"]
JOB_SELECTORS = ["jobDefinitionId", "processInstanceId", "processDefinitionId", "processDefinitionKey"]
DATE = "2025-01-01T00:00:00.000+0000"


def _pick(value: Any, options: list[Any]) -> Any:
    return options[zlib.crc32(repr(value).encode()) % len(options)]


def _sorting(body: dict[str, Any], fields: list[str]) -> None:
    items = body.get("sorting")
    if isinstance(items, list):
        body["sorting"] = [{"sortBy": _pick(item, fields), "sortOrder": _pick(item, ["asc", "desc"])}
                           for item in items]


def _job_query(body: dict[str, Any]) -> None:
    _sorting(body, JOB_SORT)
    if body.get("timers") is True and body.get("messages") is True:
        body["messages"] = False
    for name in ("dueDates", "createTimes"):
        items = body.get(name)
        if isinstance(items, list):
            body[name] = [{"operator": _pick(item, ["gt", "lt"]), "value": DATE} for item in items]


def _one_selector(body: dict[str, Any], names: list[str]) -> None:
    """Exactly one of `names` set (the one the case chose first, or one picked by its value)."""
    given = [n for n in names if body.get(n) is not None]
    keep = given[0] if given else _pick(body, names)
    for name in names:
        if name != keep:
            body.pop(name, None)
    if body.get(keep) is None:
        body[keep] = "1"


def _execution_date(body: dict[str, Any]) -> None:
    """A free string is a malformed date (a 400 with the engine's message): now, or a future date (scheduled)."""
    body["executionDate"] = _pick(body.get("executionDate"), [None, "", "2999-01-01T00:00:00",
                                                              "9999-12-31T23:59:59.999+0000"])


def keep_to_rules(operation: str, body: Any) -> None:
    if not isinstance(body, dict):
        return
    if operation in ("query_jobs", "query_jobs_count"):
        _job_query(body)
    elif operation in ("query_job_definitions", "query_job_definitions_count"):
        _sorting(body, JOB_DEFINITION_SORT)
    elif operation == "update_job_suspension_state":
        for name in ("jobId", *JOB_SELECTORS):
            body.pop(name, None)
    elif operation == "update_suspension_state_by":
        body.pop("jobId", None)
        _one_selector(body, JOB_SELECTORS)
    elif operation == "update_suspension_state_job_definition":
        body.pop("processDefinitionId", None)
        body.pop("processDefinitionKey", None)
        _execution_date(body)
    elif operation == "update_suspension_state_job_definitions":
        body.pop("jobDefinitionId", None)
        _one_selector(body, ["processDefinitionId", "processDefinitionKey"])
        _execution_date(body)
    elif operation == "set_job_priority" and body.get("priority") is None:
        body["priority"] = 0
    elif operation == "set_job_priority_job_definition" and body.get("priority") is None:
        body["includeJobs"] = False
