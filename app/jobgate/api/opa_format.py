"""Oracle OPA wire formats: dates, job items, list pages with links."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from jobgate.store.clock import from_ms
from jobgate.store.instance_jobs import JobPage, is_executing

BASE = "/process/api/v1"
SORT_FIELDS = {"JOBID": "key", "RETRIES": "retries", "DUEDATE": "due_date"}


def format_date(ms: int | None) -> str | None:
    """OPA's `yyyy-MM-dd'T'HH:mm:ss`, in UTC."""
    if ms is None:
        return None
    dt = from_ms(ms)  # not strftime: it drops the zero padding of years before 1000 on glibc
    return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}"


def job_href(origin: str, instance_id: str, job_key: int) -> str:
    return f"{origin}{BASE}/process-instances/{instance_id}/jobs/{job_key}"


def job_item(r: Any, *, origin: str, now: int) -> dict[str, Any]:
    executing = is_executing(r, now)
    instance_id = str(r.process_instance_key)
    return {
        "id": str(r.key),
        "activityName": r.element_name or r.element_id,
        "createdTime": format_date(r.create_time),
        "dueDate": format_date(r.due_date),
        "exceptionMessage": r.exception_message,
        "exceptionTrace": r.exception_trace if r.retries == 0 else None,
        "executionId": str(r.element_instance_key),
        "isExecuting": executing,
        "isRetryAllowed": not executing,
        "processDefinitionId": r.process_definition_id,
        "processDefinitionKey": r.bpmn_process_id,
        "processInstanceId": instance_id,
        "retries": r.retries,
        "links": [{"href": job_href(origin, instance_id, r.key), "rel": "self"}],
    }


def job_list(page: JobPage, *, origin: str, instance_id: str, query: dict[str, Any], offset: int, limit: int,
             now: int) -> dict[str, Any]:
    base = f"{origin}{BASE}/process-instances/{instance_id}/jobs"

    def link(rel: str, at: int) -> dict[str, str]:
        return {"href": f"{base}?{urlencode({**query, 'offset': at, 'limit': limit})}", "rel": rel}

    links = [link("self", offset)]
    if page.has_more:
        links.append(link("next", offset + limit))
    if offset > 0:
        links.append(link("prev", max(0, offset - limit)))
    body: dict[str, Any] = {
        "items": [job_item(r, origin=origin, now=now) for r in page.rows],
        "count": len(page.rows),
        "limit": limit,
        "offset": offset,
        "hasMore": page.has_more,
        "links": links,
    }
    if page.total is not None:
        body["totalResults"] = page.total
    return body
