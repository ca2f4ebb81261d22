"""Job lifecycle and the sequential flow (app/jobgate/store/flow.py) on a real store of each backend: what each
command writes, which state it refuses, and which wake-ups (Wake) it reports to the long-poll hub."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from jobgate.store import activation, definitions, flow
from jobgate.store.engine import Store
from jobgate.store.errors import Conflict, NotFound
from jobgate.store.flow import Wake
from jobgate.store.model import DefinitionSpec, InstanceSpec, JobFixture, TaskSpec
from jobgate.store.tables import JOB, PROCESS_INSTANCE

NOW = 1_700_000_000_000


def start(store: Store, tasks: list[TaskSpec], fixtures: list[JobFixture] | None = None,
          variables: dict[str, Any] | None = None) -> tuple[int, list[int]]:
    """Deploy `tasks` as one definition, start an instance; return its key and its job keys."""
    bpmn = "p-" + "-".join(t.element_id for t in tasks)
    with store.write() as conn:
        definitions.deploy(conn, spec=DefinitionSpec(bpmn_process_id=bpmn, tasks=tasks), now=NOW)
        (started,), _ = definitions.start_instances(
            conn, spec=InstanceSpec(bpmn_process_id=bpmn, variables=variables or {}, jobs=fixtures), now=NOW)
    return started.key, [j.key for j in started.jobs]


def run(store: Store, fn: Any, **kwargs: Any) -> Any:
    with store.write() as conn:
        return fn(conn, **kwargs)


def jobs_of(store: Store, instance: int) -> list[Any]:
    with store.read() as conn:
        return list(conn.execute(sa.select(JOB).where(JOB.c.process_instance_key == instance).order_by(JOB.c.key)))


def instance_of(store: Store, instance: int) -> Any:
    with store.read() as conn:
        return conn.execute(sa.select(PROCESS_INSTANCE).where(PROCESS_INSTANCE.c.key == instance)).one()


def activate(store: Store, type_: str, now: int = NOW) -> int:
    with store.write() as conn:
        (job,) = activation.claim(conn, type=type_, worker="w", max_jobs=1, timeout_ms=1000, now=now)
    return job.key


TASKS = [TaskSpec(element_id="b-first", type="t1"), TaskSpec(element_id="a-second", type="t2"),
         TaskSpec(element_id="c-third", type="t3", suspended=True)]


def test_complete_follows_position_merges_variables_and_completes(fresh_store: Store) -> None:
    """Each completion creates the job of the next task by position (not element id order), wakes its type
    (not a suspended one), merges variables, and the last completion completes the instance."""
    instance, (first,) = start(fresh_store, TASKS, variables={"x": 1, "y": 1})
    assert activate(fresh_store, "t1") == first
    wake = run(fresh_store, flow.complete, key=first, variables={"y": 2}, now=NOW + 1)
    assert wake == Wake(now=frozenset({"t2"}))
    jobs = jobs_of(fresh_store, instance)
    assert [(j.element_id, j.state, j.retries, j.create_time) for j in jobs] == [
        ("b-first", "completed", 3, NOW), ("a-second", "activatable", 3, NOW + 1)]
    assert instance_of(fresh_store, instance).variables == {"x": 1, "y": 2}
    wake = run(fresh_store, flow.complete, key=jobs[1].key, variables=None, now=NOW + 2)
    assert wake == Wake()  # the third task is suspended: its job is not claimable, nobody to wake
    third = jobs_of(fresh_store, instance)[2]
    assert (third.element_id, third.suspended) == ("c-third", True)
    run(fresh_store, flow.complete, key=third.key, variables={"z": 0}, now=NOW + 3)
    done = instance_of(fresh_store, instance)
    assert (done.state, done.end_time, done.variables) == ("completed", NOW + 3, {"x": 1, "y": 2, "z": 0})


def test_fail_with_retries_and_backoff(fresh_store: Store) -> None:
    """retries > 0: activatable again, due after the back-off (a timed wake), message kept as exception."""
    instance, (key,) = start(fresh_store, TASKS[:1])
    activate(fresh_store, "t1")
    wake = run(fresh_store, flow.fail, key=key, retries=2, backoff_ms=500, error_message="boom", now=NOW)
    assert wake == Wake(later=(("t1", NOW + 500),))
    (job,) = jobs_of(fresh_store, instance)
    assert (job.state, job.retries, job.due_date, job.worker, job.deadline, job.exception_message) == (
        "activatable", 2, NOW + 500, None, None, "boom")
    with fresh_store.write() as conn:
        assert activation.claim(conn, type="t1", worker="w", max_jobs=1, timeout_ms=1, now=NOW + 499) == []
    assert activate(fresh_store, "t1", now=NOW + 500) == key
    assert run(fresh_store, flow.fail, key=key, retries=1, backoff_ms=0, error_message=None, now=NOW + 501) == \
        Wake(now=frozenset({"t1"}))
    assert instance_of(fresh_store, instance).state == "active"


def test_fail_without_retries_is_an_incident_and_retries_reopen_it(fresh_store: Store) -> None:
    """retries 0: state failed, failed_activity_id = element id, instance incident, no wake, commands 409;
    set_retries > 0 makes it activatable (waking its type) and the instance active again."""
    instance, (key,) = start(fresh_store, TASKS[:1])
    activate(fresh_store, "t1")
    assert run(fresh_store, flow.fail, key=key, retries=0, backoff_ms=0, error_message="no", now=NOW) == Wake()
    (job,) = jobs_of(fresh_store, instance)
    assert (job.state, job.retries, job.failed_activity_id, job.exception_message) == ("failed", 0, "b-first", "no")
    assert instance_of(fresh_store, instance).state == "incident"
    for fn, kwargs in ((flow.complete, {"variables": None}), (flow.fail, {"retries": 1, "backoff_ms": 0,
                       "error_message": None}), (flow.throw_error, {"error_code": "E", "error_message": None})):
        with pytest.raises(Conflict):
            run(fresh_store, fn, key=key, now=NOW, **kwargs)
    assert run(fresh_store, flow.set_retries, key=key, retries=0) == Wake()  # still exhausted: nothing to wake
    assert run(fresh_store, flow.set_retries, key=key, retries=3) == Wake(now=frozenset({"t1"}))
    (job,) = jobs_of(fresh_store, instance)
    assert (job.state, job.retries, job.exception_message) == ("activatable", 3, "no")
    assert instance_of(fresh_store, instance).state == "active"
    assert activate(fresh_store, "t1") == key


def test_throw_error_ends_the_job_with_an_incident(fresh_store: Store) -> None:
    """error_thrown: the job ends (no next job), the instance has an incident; the job is no runtime job."""
    instance, (key,) = start(fresh_store, TASKS[:2])
    activate(fresh_store, "t1")
    assert run(fresh_store, flow.throw_error, key=key, error_code="E1", error_message=None, now=NOW) == Wake()
    (job,) = jobs_of(fresh_store, instance)
    assert (job.state, job.error_code, job.exception_message, job.failed_activity_id) == (
        "error_thrown", "E1", "Unhandled error 'E1'.", "b-first")
    assert instance_of(fresh_store, instance).state == "incident"
    with pytest.raises(NotFound):
        run(fresh_store, flow.set_retries, key=key, retries=1)


def test_commands_on_unknown_completed_and_expired_jobs(fresh_store: Store) -> None:
    """Unknown key -> NotFound; completed -> Conflict; a lease that expired is still commandable (no fencing)."""
    with pytest.raises(NotFound):
        run(fresh_store, flow.complete, key=123, variables=None, now=NOW)
    instance, (key,) = start(fresh_store, TASKS[:1], [JobFixture(state="activated", deadline=NOW - 1)])
    run(fresh_store, flow.complete, key=key, variables=None, now=NOW)
    with pytest.raises(Conflict):
        run(fresh_store, flow.complete, key=key, variables=None, now=NOW)
    assert instance_of(fresh_store, instance).state == "completed"


def test_failing_a_suspended_job_wakes_nobody(fresh_store: Store) -> None:
    """A suspended job with retries left is not claimable, so its failure must not wake its waiters."""
    _, (key,) = start(fresh_store, TASKS[2:], [JobFixture(state="activated", deadline=NOW + 100)])
    assert run(fresh_store, flow.fail, key=key, retries=2, backoff_ms=0, error_message="x", now=NOW) == Wake()
