"""Building job rows: the first job of an instance, fixtures, and the next job of the sequential flow."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from jobgate.store.errors import InvalidRequest
from jobgate.store.model import JobFixture
from jobgate.store.tables import ACTIVATABLE, ACTIVATED, FAILED

DEFAULT_RETRIES = 3
DEFAULT_LEASE_MS = 5 * 60 * 1000


def new_job_row(definition: Any, task: Any, *, instance_key: int, job_key: int, element_instance_key: int,
                now: int, tenant_id: str | None) -> dict[str, Any]:
    """A fresh activatable job for a task (what the engine creates when the flow reaches it)."""
    return dict(
        key=job_key, job_definition_id=task.id, process_instance_key=instance_key,
        element_instance_key=element_instance_key, state=ACTIVATABLE, retries=DEFAULT_RETRIES, due_date=None,
        create_time=now, priority=task.overriding_job_priority if task.overriding_job_priority is not None else 0,
        suspended=bool(task.suspended), exception_message=None, exception_trace=None, failed_activity_id=None,
        batch_id=None, custom_headers={}, worker=None, deadline=None, error_code=None, type=task.type,
        kind=task.kind, element_id=task.element_id, element_name=task.name, tenant_id=tenant_id,
        bpmn_process_id=definition.bpmn_process_id, process_definition_key=definition.key,
        process_definition_id=f"{definition.bpmn_process_id}:{definition.version}:{definition.key}",
        version=definition.version,
    )


def _apply_fixture(row: dict[str, Any], f: JobFixture, now: int) -> None:
    state = f.state or ACTIVATABLE
    row["state"] = state
    row["retries"] = f.retries if f.retries is not None else (0 if state == FAILED else DEFAULT_RETRIES)
    row["due_date"] = f.due_date
    row["create_time"] = f.create_time if f.create_time is not None else now
    if f.priority is not None:
        row["priority"] = f.priority
    if f.suspended is not None:
        row["suspended"] = f.suspended
    row["exception_message"] = f.exception_message
    row["exception_trace"] = f.exception_trace
    row["failed_activity_id"] = f.failed_activity_id
    if state == FAILED and f.failed_activity_id is None:
        row["failed_activity_id"] = row["element_id"]
    row["batch_id"] = f.batch_id
    row["custom_headers"] = dict(f.custom_headers or {})
    row["worker"] = f.worker
    row["deadline"] = f.deadline
    if state == ACTIVATED:
        row["worker"] = f.worker if f.worker is not None else "default"
        row["deadline"] = f.deadline if f.deadline is not None else now + DEFAULT_LEASE_MS


def job_rows_for_instance(definition: Any, tasks: Sequence[Any], fixtures: Sequence[JobFixture] | None, *,
                          instance_key: int, first_key: int, now: int) -> list[dict[str, Any]]:
    """The jobs a new instance starts with: the first task's job, or exactly the given fixtures."""
    if not tasks:
        return []
    by_element = {t.element_id: t for t in tasks}
    tenant_id = definition.tenant_id
    if fixtures is None:
        return [new_job_row(definition, tasks[0], instance_key=instance_key, job_key=first_key,
                            element_instance_key=first_key + 1, now=now, tenant_id=tenant_id)]
    rows = []
    for i, fixture in enumerate(fixtures):
        task = tasks[0] if fixture.element_id is None else by_element.get(fixture.element_id)
        if task is None:
            raise InvalidRequest(f"The definition has no task with elementId '{fixture.element_id}'.")
        row = new_job_row(definition, task, instance_key=instance_key, job_key=first_key + 2 * i,
                          element_instance_key=first_key + 2 * i + 1, now=now, tenant_id=tenant_id)
        _apply_fixture(row, fixture, now)
        rows.append(row)
    return rows
