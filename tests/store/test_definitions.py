"""Deploying definitions, starting instances with job fixtures, reading instances, bulk loading (store side)."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from jobgate.store.definitions import deploy, get_instance, resolve_definition, start_instances
from jobgate.store.engine import FIRST_KEY, Store
from jobgate.store.errors import InvalidRequest, NotFound
from jobgate.store.load import bulk_load
from jobgate.store.model import DefinitionSpec, InstanceSpec, JobFixture, TaskSpec
from jobgate.store.tables import JOB, JOB_DEFINITION, PROCESS_DEFINITION, PROCESS_INSTANCE

T0 = 1_700_000_000_000


def spec(bpmn: str = "invoice", tenant: str | None = None, tasks: list[TaskSpec] | None = None) -> DefinitionSpec:
    return DefinitionSpec(bpmn_process_id=bpmn, tenant_id=tenant, name="Invoice",
                          tasks=tasks or [TaskSpec(element_id="charge", type="charge-card"),
                                          TaskSpec(element_id="ship", type="ship", kind="timer",
                                                   overriding_job_priority=5, suspended=True)])


def job_rows(store: Store, instance_key: int) -> list[Any]:
    with store.read() as conn:
        return list(conn.execute(sa.select(JOB).where(JOB.c.process_instance_key == instance_key)
                                 .order_by(JOB.c.key)).all())


def counts(store: Store) -> tuple[int, ...]:
    with store.read() as conn:
        return tuple(int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
                     for t in (PROCESS_DEFINITION, JOB_DEFINITION, PROCESS_INSTANCE, JOB))


def test_deploy_creates_a_definition_and_its_job_definitions(fresh_store: Store) -> None:
    with fresh_store.write() as conn:
        d = deploy(conn, spec=spec(), now=T0)
    assert d.version == 1 and d.bpmn_process_id == "invoice" and d.name == "Invoice" and d.tenant_id is None
    assert d.process_definition_id == f"invoice:1:{d.key}"
    assert FIRST_KEY <= d.deployment_key < d.key < 2**53
    assert [(j.element_id, j.type, j.kind, j.position) for j in d.job_definitions] == [
        ("charge", "charge-card", "message", 0), ("ship", "ship", "timer", 1)]
    assert [j.id for j in d.job_definitions] == [d.key + 1, d.key + 2]
    with fresh_store.read() as conn:
        rows = conn.execute(sa.select(JOB_DEFINITION).order_by(JOB_DEFINITION.c.position)).all()
    assert [(r.job_type, r.job_configuration, r.overriding_job_priority, r.suspended) for r in rows] == [
        ("async-continuation", "async-before", None, False), ("timer-intermediate-transition", "async-before", 5, True)]
    assert {r.deployment_key for r in rows} == {d.deployment_key}


def test_versions_count_per_bpmn_id_and_tenant(fresh_store: Store) -> None:
    with fresh_store.write() as conn:
        v1 = deploy(conn, spec=spec(), now=T0)
        v2 = deploy(conn, spec=spec(), now=T0)
        other_tenant = deploy(conn, spec=spec(tenant="ta"), now=T0)
        other_tenant2 = deploy(conn, spec=spec(tenant="ta"), now=T0)
        other_id = deploy(conn, spec=spec(bpmn="shipping"), now=T0)
        v3 = deploy(conn, spec=spec(), now=T0)
    assert (v1.version, v2.version, v3.version) == (1, 2, 3)
    assert (other_tenant.version, other_tenant2.version, other_id.version) == (1, 2, 1)
    assert v2.process_definition_id == f"invoice:2:{v2.key}"
    assert len({v1.key, v2.key, v3.key, other_tenant.key, other_id.key}) == 5


def test_duplicate_element_ids_are_rejected_and_nothing_is_written(fresh_store: Store) -> None:
    before = counts(fresh_store)
    with pytest.raises(InvalidRequest, match="Duplicate task elementId 'a'"), fresh_store.write() as conn:
        deploy(conn, spec=spec(tasks=[TaskSpec(element_id="a", type="x"), TaskSpec(element_id="a", type="y")]),
               now=T0)
    assert counts(fresh_store) == before


def test_custom_job_type_and_configuration(fresh_store: Store) -> None:
    with fresh_store.write() as conn:
        deploy(conn, spec=spec(tasks=[TaskSpec(element_id="t", type="x", kind="timer", job_type="timer-start-event",
                                               job_configuration="R3/PT1M")]), now=T0)
    with fresh_store.read() as conn:
        row = conn.execute(sa.select(JOB_DEFINITION)).one()
    assert (row.job_type, row.job_configuration, row.kind) == ("timer-start-event", "R3/PT1M", "timer")


@pytest.fixture
def deployed(fresh_store: Store) -> dict[str, Any]:
    with fresh_store.write() as conn:
        return {
            "v1": deploy(conn, spec=spec(), now=T0),
            "v2": deploy(conn, spec=spec(), now=T0),
            "ta": deploy(conn, spec=spec(tenant="ta"), now=T0),
        }


@pytest.mark.parametrize(("instance", "expected"), [
    (InstanceSpec(bpmn_process_id="invoice"), "v2"),
    (InstanceSpec(bpmn_process_id="invoice", version=1), "v1"),
    (InstanceSpec(bpmn_process_id="invoice", version=2), "v2"),
    (InstanceSpec(bpmn_process_id="invoice", tenant_id="ta"), "ta"),
    (InstanceSpec(bpmn_process_id="invoice", tenant_id="ta", version=1), "ta"),
])
def test_resolve_by_bpmn_id(fresh_store: Store, deployed: dict[str, Any], instance: InstanceSpec,
                            expected: str) -> None:
    with fresh_store.read() as conn:
        assert resolve_definition(conn, spec=instance).key == deployed[expected].key


def test_resolve_by_key(fresh_store: Store, deployed: dict[str, Any]) -> None:
    with fresh_store.read() as conn:
        for name in ("v1", "v2", "ta"):
            key = deployed[name].key
            assert resolve_definition(conn, spec=InstanceSpec(process_definition_key=key)).key == key
        matching = InstanceSpec(process_definition_key=deployed["ta"].key, bpmn_process_id="invoice", version=1,
                                tenant_id="ta")
        assert resolve_definition(conn, spec=matching).key == deployed["ta"].key


@pytest.mark.parametrize("mismatch", [{"bpmn_process_id": "other"}, {"version": 2}, {"tenant_id": "tb"}])
def test_selectors_given_together_must_name_one_definition(fresh_store: Store, deployed: dict[str, Any],
                                                           mismatch: dict[str, Any]) -> None:
    instance = InstanceSpec(process_definition_key=deployed["v1"].key, **mismatch)
    with pytest.raises(InvalidRequest, match="name different definitions"), fresh_store.read() as conn:
        resolve_definition(conn, spec=instance)


@pytest.mark.parametrize(("instance", "message"), [
    (InstanceSpec(bpmn_process_id="nope"), "No process definition 'nope'."),
    (InstanceSpec(bpmn_process_id="invoice", version=3), "No version 3 of process definition 'invoice'."),
    (InstanceSpec(bpmn_process_id="invoice", tenant_id="tb"), "No process definition 'invoice' for tenant 'tb'."),
    (InstanceSpec(bpmn_process_id="invoice", tenant_id="ta", version=2),
     "No version 2 of process definition 'invoice' for tenant 'ta'."),
    (InstanceSpec(process_definition_key=12345), "No process definition with key 12345."),
])
def test_unknown_definitions_are_not_found(fresh_store: Store, deployed: dict[str, Any], instance: InstanceSpec,
                                           message: str) -> None:
    with pytest.raises(NotFound) as exc, fresh_store.read() as conn:
        resolve_definition(conn, spec=instance)
    assert exc.value.message == message


def test_neither_selector_is_invalid(fresh_store: Store, deployed: dict[str, Any]) -> None:
    with pytest.raises(InvalidRequest, match="Give bpmnProcessId or processDefinitionKey"), \
            fresh_store.read() as conn:
        resolve_definition(conn, spec=InstanceSpec(version=1))


def start(store: Store, instance: InstanceSpec, now: int = T0) -> tuple[list[Any], set[str]]:
    with store.write() as conn:
        return start_instances(conn, spec=instance, now=now)


def test_without_fixtures_the_first_tasks_job_is_created(fresh_store: Store, deployed: dict[str, Any]) -> None:
    (started,), types = start(fresh_store, InstanceSpec(bpmn_process_id="invoice", business_key="bk",
                                                         variables={"a": 1}))
    d = deployed["v2"]
    assert (started.process_definition_key, started.version, started.bpmn_process_id) == (d.key, 2, "invoice")
    assert started.process_definition_id == d.process_definition_id
    assert types == {"charge-card"}
    (job,) = job_rows(fresh_store, started.key)
    assert [(j.key, j.element_id, j.job_definition_id) for j in started.jobs] == [
        (job.key, "charge", d.job_definitions[0].id)]
    assert (job.state, job.retries, job.due_date, job.create_time, job.priority, job.suspended) == (
        "activatable", 3, None, T0, 0, False)
    assert (job.exception_message, job.failed_activity_id, job.custom_headers, job.worker, job.deadline) == (
        None, None, {}, None, None)
    assert (job.type, job.kind, job.element_id, job.bpmn_process_id, job.process_definition_key, job.version,
            job.tenant_id) == ("charge-card", "message", "charge", "invoice", d.key, 2, None)
    assert job.process_definition_id == d.process_definition_id
    assert job.element_instance_key == job.key + 1
    view = get_instance_view(fresh_store, started.key)
    assert (view.state, view.business_key, view.variables, view.tenant_id) == ("active", "bk", {"a": 1}, None)


def get_instance_view(store: Store, key: int) -> Any:
    with store.read() as conn:
        return get_instance(conn, key=key)


def test_bare_fixture_gets_the_documented_defaults(fresh_store: Store, deployed: dict[str, Any]) -> None:
    (started,), types = start(fresh_store, InstanceSpec(bpmn_process_id="invoice", jobs=[
        JobFixture(), JobFixture(element_id="ship")]))
    first, second = job_rows(fresh_store, started.key)
    assert (first.element_id, first.state, first.retries, first.due_date, first.create_time, first.priority,
            first.suspended, first.exception_message, first.custom_headers) == (
        "charge", "activatable", 3, None, T0, 0, False, None, {})
    # the task's overridingJobPriority and suspension
    assert (second.element_id, second.priority, second.suspended, second.kind, second.type) == (
        "ship", 5, True, "timer", "ship")
    assert types == {"charge-card", "ship"}


def test_fixture_values_are_taken_as_given(fresh_store: Store, deployed: dict[str, Any]) -> None:
    fixture = JobFixture(element_id="ship", state="activated", retries=7, due_date=T0 + 5, create_time=T0 - 5,
                         priority=-(2**63), suspended=False, exception_message="m", exception_trace="tr",
                         failed_activity_id="x", batch_id="b", custom_headers={"h": "v"}, worker="w1",
                         deadline=T0 + 9)
    (started,), types = start(fresh_store, InstanceSpec(bpmn_process_id="invoice", jobs=[fixture]))
    (job,) = job_rows(fresh_store, started.key)
    assert (job.state, job.retries, job.due_date, job.create_time, job.priority, job.suspended) == (
        "activated", 7, T0 + 5, T0 - 5, -(2**63), False)
    assert (job.exception_message, job.exception_trace, job.failed_activity_id, job.batch_id) == ("m", "tr", "x", "b")
    assert (job.custom_headers, job.worker, job.deadline) == ({"h": "v"}, "w1", T0 + 9)
    assert types == set()  # activated jobs are not claimable


def test_state_dependent_defaults(fresh_store: Store, deployed: dict[str, Any]) -> None:
    (started,), _ = start(fresh_store, InstanceSpec(bpmn_process_id="invoice", jobs=[
        JobFixture(state="failed", exception_message="boom"), JobFixture(state="activated"),
        JobFixture(state="completed"), JobFixture(state="error_thrown")]))
    failed, activated, completed, thrown = job_rows(fresh_store, started.key)
    assert (failed.state, failed.retries, failed.failed_activity_id) == ("failed", 0, "charge")
    assert (activated.worker, activated.deadline) == ("default", T0 + 5 * 60 * 1000)
    assert (completed.state, completed.retries, thrown.state) == ("completed", 3, "error_thrown")
    assert get_instance_view(fresh_store, started.key).state == "incident"


@pytest.mark.parametrize(("state", "instance_state"), [("failed", "incident"), ("error_thrown", "incident"),
                                                       ("activatable", "active"), ("completed", "active")])
def test_instance_state_follows_its_jobs(fresh_store: Store, deployed: dict[str, Any], state: str,
                                         instance_state: str) -> None:
    (started,), _ = start(fresh_store, InstanceSpec(bpmn_process_id="invoice", jobs=[JobFixture(state=state)]))
    assert get_instance_view(fresh_store, started.key).state == instance_state


def test_an_empty_fixture_list_creates_no_job(fresh_store: Store, deployed: dict[str, Any]) -> None:
    (started,), types = start(fresh_store, InstanceSpec(bpmn_process_id="invoice", jobs=[]))
    assert started.jobs == [] and job_rows(fresh_store, started.key) == [] and types == set()


def test_unknown_fixture_element_is_rejected_and_nothing_is_written(fresh_store: Store,
                                                                   deployed: dict[str, Any]) -> None:
    before = counts(fresh_store)
    with pytest.raises(InvalidRequest, match="no task with elementId 'nope'"):
        start(fresh_store, InstanceSpec(bpmn_process_id="invoice", jobs=[JobFixture(), JobFixture(element_id="nope")]))
    assert counts(fresh_store) == before


def test_tenant_is_copied_to_instance_and_jobs(fresh_store: Store, deployed: dict[str, Any]) -> None:
    (started,), _ = start(fresh_store, InstanceSpec(bpmn_process_id="invoice", tenant_id="ta"))
    assert [j.tenant_id for j in job_rows(fresh_store, started.key)] == ["ta"]
    assert get_instance_view(fresh_store, started.key).tenant_id == "ta"


def test_count_starts_distinct_instances_with_distinct_keys(fresh_store: Store, deployed: dict[str, Any]) -> None:
    started, _ = start(fresh_store, InstanceSpec(bpmn_process_id="invoice", count=3,
                                                  jobs=[JobFixture(), JobFixture(element_id="ship")]))
    assert len(started) == 3
    keys = [s.key for s in started] + [j.key for s in started for j in s.jobs]
    rows = [r for s in started for r in job_rows(fresh_store, s.key)]
    keys += [r.element_instance_key for r in rows]
    assert len(keys) == len(set(keys)) == 3 + 6 + 6
    assert all(FIRST_KEY <= k < 2**53 for k in keys)


def test_get_instance_lists_runtime_and_finished_jobs(fresh_store: Store, deployed: dict[str, Any]) -> None:
    (started,), _ = start(fresh_store, InstanceSpec(bpmn_process_id="invoice", version=1, jobs=[
        JobFixture(state="completed"), JobFixture(element_id="ship", retries=1)]))
    view = get_instance_view(fresh_store, started.key)
    assert (view.key, view.process_definition_key, view.version, view.bpmn_process_id) == (
        started.key, deployed["v1"].key, 1, "invoice")
    assert view.process_definition_id == deployed["v1"].process_definition_id
    assert [(j.key, j.element_id, j.type, j.state, j.retries) for j in view.jobs] == [
        (started.jobs[0].key, "charge", "charge-card", "completed", 3),
        (started.jobs[1].key, "ship", "ship", "activatable", 1)]


def test_get_unknown_instance(fresh_store: Store) -> None:
    with pytest.raises(NotFound, match="No process instance with key 42."):
        get_instance_view(fresh_store, 42)


def test_bulk_load(fresh_store: Store) -> None:
    with fresh_store.write() as conn:
        result = bulk_load(conn, definitions=[spec(), spec(bpmn="other", tenant="ta")], instances=[
            InstanceSpec(bpmn_process_id="invoice", count=4),
            InstanceSpec(bpmn_process_id="other", tenant_id="ta", count=2,
                         jobs=[JobFixture(), JobFixture(element_id="ship"), JobFixture(state="completed")]),
        ], now=T0)
    assert (result.definitions, result.instances, result.jobs) == (2, 6, 4 + 2 * 3)
    assert result.claimable_types == {"charge-card", "ship"}
    assert counts(fresh_store) == (2, 4, 6, 10)


def test_bulk_load_is_all_or_nothing(fresh_store: Store) -> None:
    with pytest.raises(NotFound), fresh_store.write() as conn:
        bulk_load(conn, definitions=[spec()], instances=[InstanceSpec(bpmn_process_id="invoice"),
                                                         InstanceSpec(bpmn_process_id="missing")], now=T0)
    assert counts(fresh_store) == (0, 0, 0, 0)
