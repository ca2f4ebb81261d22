"""Camunda 7 wire formats: dates, condition lists, JobDto and JobDefinitionDto."""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from jobgate import limits
from jobgate.api.durations import parse_duration_ms
from jobgate.store.clock import to_ms
from jobgate.store.errors import InvalidRequest, NotRecalculable

_DATE_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+\- ]\d{2}:?\d{2})$"
)
_EPOCH_DAY = date(1970, 1, 1)
_CONDITION_NAMES = {"dueDates": "due date", "createTimes": "create time"}


@functools.lru_cache(maxsize=4096)
def _day(days: int) -> str:
    return (_EPOCH_DAY + timedelta(days=days)).isoformat()


def format_date(ms: int | None) -> str | None:
    """Camunda's `yyyy-MM-dd'T'HH:mm:ss.SSSZ`, always in UTC (`+0000`).

    Called twice per listed job: the day's text is cached and the time of day is integer arithmetic (about 40% of
    the time of formatting a datetime)."""
    if ms is None:
        return None
    days, rest = divmod(ms, 86_400_000)
    seconds, millis = divmod(rest, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{_day(days)}T{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}+0000"


def parse_date(text: str) -> int:
    """Camunda's request date (also without millis, with `Z` or `+hh:mm`); raises ValueError."""
    m = _DATE_RE.match(text)
    if m is None:
        raise ValueError(text)
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    fraction = (m.group(7) or "0").ljust(6, "0")[:6]
    zone = m.group(8)
    if zone == "Z":
        tz = UTC
    else:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:])
        if hours > 23 or minutes > 59:
            raise ValueError(text)
        tz = timezone(sign * timedelta(hours=hours, minutes=minutes))
    try:
        return to_ms(datetime(year, month, day, hour, minute, second, int(fraction), tzinfo=tz))
    except (ValueError, OverflowError):
        raise ValueError(text) from None


def parse_lenient_date(text: str) -> int:
    """A request body's date as the engine's lenient parser reads it: the format of parse_date, a day past the
    end of its month rolling over into the next (`2027-02-30` is 2 March). The spec's pattern bounds the fields
    (and the years, 1970-9899), so the arithmetic cannot overflow; raises ValueError otherwise."""
    m = _DATE_RE.match(text)
    if m is None:
        raise ValueError(text)
    first = f"{m.group(1)}-{m.group(2)}-01T{text[11:]}"
    return parse_date(first) + (int(m.group(3)) - 1) * 86_400_000


def timer_due(configuration: str, base: int) -> int:
    """The due date of a timer job by its job definition's configuration: `DURATION: <ISO 8601>` after `base`, or
    `DATE: <date>`. Other timers (a `CYCLE`, an expression) are NotRecalculable: jobgate cannot evaluate them."""
    kind, _, value = configuration.partition(":")
    value = value.strip()
    try:
        if kind.strip() == "DURATION":
            return base + parse_duration_ms(value, name="timer duration")
        if kind.strip() == "DATE":
            return parse_date(value)
    except (ValueError, InvalidRequest):
        pass
    raise NotRecalculable(f"Cannot recalculate the due date from the timer configuration '{configuration}': jobgate "
                         "evaluates 'DURATION: <ISO 8601 duration>' and 'DATE: <date>' only.")


def java_split(value: str, separator: str) -> list[str]:
    """Java's `String.split`: trailing empty parts are dropped (`"a,b,"` -> `[a, b]`, `","` -> `[]`), but an empty
    string is one empty part. The engine splits list and condition parameters this way."""
    if not value:
        return [value]
    parts = value.split(separator)
    while parts and not parts[-1]:
        parts.pop()
    return parts


def parse_conditions(name: str, value: str | None, max_conditions: int | None = None) -> list[tuple[str, int]]:
    """`gt_<date>,lt_<date>` conditions of dueDates/createTimes, checked in the engine's order and words: first the
    shape of every condition, then per condition its date, then its comparator. More than max_conditions
    (JOBGATE_QUERY_MAX_CONDITIONS) is a 400: each is one SQL term, and SQLite refuses deep expressions."""
    if value is None:
        return []
    label = _CONDITION_NAMES[name]
    conditions = java_split(value, ",")
    if max_conditions is not None and len(conditions) > max_conditions:
        raise limits.exceeded("JOBGATE_QUERY_MAX_CONDITIONS", f"Cannot set query parameter '{name}': "
                              f"{len(conditions)} conditions are more than the limit of {max_conditions}.")
    pairs = [java_split(condition, "_") for condition in conditions]
    if any(len(pair) != 2 for pair in pairs):
        raise InvalidRequest(f"Cannot set query parameter '{name}' to value '{value}': condition query "
                             "parameter has to have format OPERATOR_VALUE.")
    result = []
    for op, raw in pairs:
        try:
            ms = parse_date(raw)
        except ValueError:
            raise InvalidRequest(f'Invalid {label} format: Cannot convert value "{raw}" to java type '
                                 "java.util.Date") from None
        if op not in ("gt", "lt"):
            raise InvalidRequest(f"Invalid {label} comparator specified: {op}")
        result.append((op, ms))
    return result


def job_dto(r: Any) -> dict[str, Any]:
    return {
        "id": str(r.key),
        "jobDefinitionId": str(r.job_definition_id),
        "dueDate": format_date(r.due_date),
        "processInstanceId": str(r.process_instance_key),
        "executionId": str(r.element_instance_key),
        "processDefinitionId": r.process_definition_id,
        "processDefinitionKey": r.bpmn_process_id,
        "retries": r.retries,
        "exceptionMessage": r.exception_message,
        "failedActivityId": r.failed_activity_id,
        "suspended": bool(r.suspended),
        "priority": r.priority,
        "tenantId": r.tenant_id,
        "createTime": format_date(r.create_time),
        "batchId": r.batch_id,
    }


def job_definition_dto(r: Any) -> dict[str, Any]:
    return {
        "id": str(r.id),
        "processDefinitionId": r.process_definition_id,
        "processDefinitionKey": r.bpmn_process_id,
        "activityId": r.element_id,
        "jobType": r.job_type,
        "jobConfiguration": r.job_configuration,
        "overridingJobPriority": r.overriding_job_priority,
        "suspended": bool(r.suspended),
        "tenantId": r.tenant_id,
        "deploymentId": str(r.deployment_key),
    }
