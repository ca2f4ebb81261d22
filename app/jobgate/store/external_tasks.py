"""The Camunda 7 external-task view of jobs: fetch-and-lock by topics, and the worker commands with the engine's
lock checks (docs/design.md, "External tasks"). A task is a runtime job, its topic is the job's type, its lock is
the job's lease (worker, deadline): a task fetched here is leased exactly as a Zeebe activation leases it, in the
same kind of single atomic statement, so one task never goes to two workers across dialects.

HTTP-free; a job of a tenant outside `tenants`, or one that is no longer at runtime, is ExternalTaskNotFound.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate import limits
from jobgate.store import flow
from jobgate.store.activation import ActivatedJob, activated, instance_variables
from jobgate.store.errors import InvalidRequest, NotFound
from jobgate.store.flow import Wake
from jobgate.store.job_ops import runtime_row
from jobgate.store.queries import equals, one_of
from jobgate.store.tables import ACTIVATABLE, ACTIVATED, JOB, PROCESS_INSTANCE


@dataclass(frozen=True, kw_only=True)
class Topic:
    """One topic of a fetch-and-lock request; None filters nothing."""

    name: str
    lock_duration: int
    variables: tuple[str, ...] | None = None  # names to return (None: all)
    local_variables: bool = False  # only the task's local variables: jobgate has none (instance variables only)
    business_key: str | None = None
    definition_keys: tuple[str, ...] | None = None  # processDefinitionKey(In): BPMN process ids
    definition_ids: tuple[str, ...] | None = None
    tenant_ids: tuple[str, ...] | None = None  # wins over without_tenant, as in the engine
    without_tenant: bool = False


class ExternalTaskNotFound(NotFound):
    def __init__(self, task_id: str) -> None:
        super().__init__(f"External task with id {task_id} does not exist")
        self.task_id = task_id


class WrongWorker(InvalidRequest):
    """A worker command from a worker that does not hold the task's lock (`owner` None: nobody holds it)."""

    def __init__(self, task_id: str, action: str, worker: str, owner: str | None) -> None:
        super().__init__(f"Task {task_id} is locked by worker '{owner}', not by '{worker}'.")
        self.task_id, self.action, self.worker, self.owner = task_id, action, worker, owner


class TaskSuspended(InvalidRequest):
    def __init__(self, task_id: str) -> None:
        super().__init__(f"ENGINE-03043 ExternalTask with id '{task_id}' is suspended.")


class LockExpired(InvalidRequest):
    def __init__(self, now: int) -> None:
        super().__init__(f"Cannot extend a lock that expired: lockExpirationTime is not greater than or equal to {now}")


_TASK_COLUMNS = (JOB.c.key, JOB.c.type, JOB.c.process_instance_key, JOB.c.bpmn_process_id, JOB.c.version,
                 JOB.c.process_definition_key, JOB.c.element_id, JOB.c.element_instance_key, JOB.c.custom_headers,
                 JOB.c.retries, JOB.c.priority, JOB.c.create_time, JOB.c.tenant_id)


def _candidates(conn: Connection, topic: Topic, *, now: int, limit: int, order: Sequence[Any],
                tenants: frozenset[str] | None) -> list[Any]:
    c = JOB.c
    where: list[Any] = [
        c.type == topic.name, c.retries > 0, c.suspended.is_(False),
        sa.or_(c.due_date.is_(None), c.due_date <= now),
        sa.or_(c.state == ACTIVATABLE, sa.and_(c.state == ACTIVATED, c.deadline <= now)),
    ]
    if tenants is not None:
        where.append(sa.or_(c.tenant_id.is_(None), c.tenant_id.in_(sorted(tenants))))
    if topic.tenant_ids is not None:
        where.append(one_of(c.tenant_id, topic.tenant_ids))
    elif topic.without_tenant:
        where.append(c.tenant_id.is_(None))
    if topic.definition_keys is not None:
        where.append(one_of(c.bpmn_process_id, topic.definition_keys))
    if topic.definition_ids is not None:
        where.append(one_of(c.process_definition_id, topic.definition_ids))
    if topic.business_key is not None:
        pi = PROCESS_INSTANCE
        where.append(c.process_instance_key.in_(sa.select(pi.c.key).where(equals(pi.c.business_key,
                                                                                  topic.business_key))))
    query = sa.select(*_TASK_COLUMNS).where(*where).order_by(*order).limit(limit)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)  # concurrent fetchers never wait on, nor share, a row
    return list(conn.execute(query).all())


def claim(conn: Connection, *, topics: Sequence[Topic], worker: str, max_tasks: int, now: int,
          use_priority: bool = False, create_time_desc: bool | None = None,
          tenants: frozenset[str] | None = None) -> list[ActivatedJob]:
    """Lock up to max_tasks claimable tasks of these topics for `worker`, each until now + its topic's lockDuration.

    Claimable as for a Zeebe activation: activatable, or activated with an expired lease; retries left, not
    suspended, due. Order: priority (highest first) with use_priority, then createTime when asked, then key.
    """
    if max_tasks <= 0 or not topics:
        return []
    c = JOB.c
    order: list[Any] = [c.priority.desc()] if use_priority else []
    if create_time_desc is not None:
        order.append(c.create_time.desc() if create_time_desc else c.create_time.asc())
    order.append(c.key.asc())
    found: list[tuple[Any, Topic]] = []
    for topic in topics:
        found.extend((row, topic) for row in _candidates(conn, topic, now=now, limit=max_tasks, order=order,
                                                          tenants=tenants))

    def sort_key(item: tuple[Any, Topic]) -> tuple[int, int, int]:
        row = item[0]
        created = 0 if create_time_desc is None else (-row.create_time if create_time_desc else row.create_time)
        return (-row.priority if use_priority else 0, created, row.key)

    chosen = sorted(found, key=sort_key)[:max_tasks]
    if not chosen:
        return []
    for topic in topics:
        keys = [row.key for row, t in chosen if t is topic]
        if keys:
            conn.execute(sa.update(JOB).where(c.key.in_(keys)).values(
                state=ACTIVATED, worker=worker, deadline=now + topic.lock_duration))
    instances = sorted({row.process_instance_key for row, _t in chosen})
    variables = instance_variables(conn, instances)
    return [activated(row, worker, now + topic.lock_duration, variables, _wanted(topic)) for row, topic in chosen]


def claim_topic(conn: Connection, *, topic: Topic, worker: str, max_jobs: int, now: int, use_priority: bool = False,
                create_time_desc: bool | None = None, tenants: frozenset[str] | None = None) -> list[ActivatedJob]:
    """One topic's claim as the long-poll hub calls it for a waiter (jobgate.longpoll.ActivationRequest.claimer)."""
    return claim(conn, topics=[topic], worker=worker, max_tasks=max_jobs, now=now, use_priority=use_priority,
                 create_time_desc=create_time_desc, tenants=tenants)


def _wanted(topic: Topic) -> set[str] | None:
    if topic.local_variables:
        return set()
    return None if topic.variables is None else set(topic.variables)


# ---- one task ---------------------------------------------------------------------------------------------------

def task_rows(conn: Connection, *, keys: Sequence[int]) -> dict[int, Any]:
    """The runtime tasks with these keys and their instances' business keys, by key."""
    pi = PROCESS_INSTANCE
    query = (sa.select(JOB, pi.c.business_key).select_from(JOB.outerjoin(pi, pi.c.key == JOB.c.process_instance_key))
             .where(JOB.c.key.in_(list(keys))))
    return {row.key: row for row in conn.execute(query).all()}


def _task(conn: Connection, key: int, task_id: str, tenants: frozenset[str] | None, lock: bool = True) -> Any:
    row = runtime_row(conn, key, tenants, lock)
    if row is None:
        raise ExternalTaskNotFound(task_id)
    return row


def get_task(conn: Connection, *, key: int, task_id: str, tenants: frozenset[str] | None = None) -> Any:
    _task(conn, key, task_id, tenants, lock=False)
    return task_rows(conn, keys=[key])[key]


def error_details(conn: Connection, *, key: int, task_id: str, tenants: frozenset[str] | None = None) -> str | None:
    details: str | None = _task(conn, key, task_id, tenants, lock=False).exception_trace
    return details


def _held(conn: Connection, key: int, task_id: str, worker: str, action: str, tenants: frozenset[str] | None) -> Any:
    """The task, checked as the engine checks a worker command: it exists, the worker holds it, it is active."""
    job = _task(conn, key, task_id, tenants)
    owner = job.worker if job.state == ACTIVATED else None
    if owner != worker:
        raise WrongWorker(task_id, action, worker, owner)
    if job.suspended:
        raise TaskSuspended(task_id)
    return job


def _merge_variables(conn: Connection, job: Any, variables: dict[str, Any] | None, max_bytes: int | None) -> None:
    if not variables:
        return
    pi = PROCESS_INSTANCE
    current = conn.execute(sa.select(pi.c.variables).where(pi.c.key == job.process_instance_key)).scalar_one()
    merged = {**(current or {}), **variables}
    if max_bytes is not None and limits.json_size(merged) > max_bytes:
        raise limits.exceeded("JOBGATE_MAX_VARIABLES_BYTES", f"Cannot set the variables of external task {job.key}: "
                              f"the process instance's variables would take more than {max_bytes} bytes as JSON.")
    conn.execute(sa.update(pi).where(pi.c.key == job.process_instance_key).values(variables=merged))


def complete(conn: Connection, *, key: int, task_id: str, worker: str, variables: dict[str, Any] | None, now: int,
             tenants: frozenset[str] | None = None, max_variables_bytes: int | None = None) -> Wake:
    _held(conn, key, task_id, worker, "complete", tenants)
    return flow.complete(conn, key=key, variables=variables or None, now=now, tenants=tenants,
                         max_variables_bytes=max_variables_bytes)


def failure(conn: Connection, *, key: int, task_id: str, worker: str, error_message: str | None,
            error_details: str | None, retries: int, retry_timeout: int, variables: dict[str, Any] | None, now: int,
            tenants: frozenset[str] | None = None, max_variables_bytes: int | None = None) -> Wake:
    """A failure report: retries as given (the engine never counts them down); 0 -> an incident."""
    job = _held(conn, key, task_id, worker, "failure", tenants)
    _merge_variables(conn, job, variables, max_variables_bytes)
    wake = flow.fail(conn, key=key, retries=retries, backoff_ms=retry_timeout, error_message=error_message, now=now,
                     tenants=tenants)
    details = error_details if error_details is not None else job.exception_trace
    conn.execute(sa.update(JOB).where(JOB.c.key == key).values(exception_trace=details))
    return wake


def bpmn_error(conn: Connection, *, key: int, task_id: str, worker: str, error_code: str, error_message: str | None,
               variables: dict[str, Any] | None, now: int, tenants: frozenset[str] | None = None,
               max_variables_bytes: int | None = None) -> Wake:
    """A BPMN error: the variables are set, then the job ends as error_thrown (no boundary events in this model)."""
    job = _held(conn, key, task_id, worker, "bpmnError", tenants)
    _merge_variables(conn, job, variables, max_variables_bytes)
    return flow.throw_error(conn, key=key, error_code=error_code, error_message=error_message, now=now,
                            tenants=tenants)


def extend_lock(conn: Connection, *, key: int, task_id: str, worker: str, new_duration: int, now: int,
                tenants: frozenset[str] | None = None) -> Wake:
    job = _task(conn, key, task_id, tenants)
    owner = job.worker if job.state == ACTIVATED else None
    if owner != worker:
        raise WrongWorker(task_id, "extendLock", worker, owner)
    if job.deadline is None or job.deadline < now:
        raise LockExpired(now)
    deadline = now + new_duration
    conn.execute(sa.update(JOB).where(JOB.c.key == key).values(deadline=deadline))
    return Wake(later=((job.type, deadline),))


def unlock(conn: Connection, *, key: int, task_id: str, now: int, tenants: frozenset[str] | None = None) -> Wake:
    """Clear the lock (no worker check, as in the engine); the task is claimable again at once if it is due."""
    job = _task(conn, key, task_id, tenants)
    if job.state != ACTIVATED:
        return Wake()
    conn.execute(sa.update(JOB).where(JOB.c.key == key).values(state=ACTIVATABLE, worker=None, deadline=None))
    if job.suspended or job.retries <= 0:
        return Wake()
    if job.due_date is not None and job.due_date > now:
        return Wake(later=((job.type, job.due_date),))
    return Wake(now=frozenset({job.type}))


def set_retries(conn: Connection, *, key: int, task_id: str, retries: int,
                tenants: frozenset[str] | None = None) -> Wake:
    _task(conn, key, task_id, tenants)
    return flow.set_retries(conn, key=key, retries=retries, tenants=tenants)
