"""Starting instances on the driver's cursor (jobgate.store.fastsql) stores exactly what the SQLAlchemy Core
statements it replaced stored, on each backend: the same rows byte for byte, the same keys, the same answers and
the same errors. The replaced code is kept here as the reference."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import definitions
from jobgate.store.engine import Store
from jobgate.store.errors import InvalidRequest, NotFound
from jobgate.store.jobs import job_rows_for_instance
from jobgate.store.model import CreatedJob, DefinitionSpec, InstanceSpec, JobFixture, StartedInstance, TaskSpec
from jobgate.store.tables import (
    ERROR_THROWN,
    FAILED,
    JOB,
    JOB_DEFINITION,
    KEY_SEQUENCE,
    PROCESS_DEFINITION,
    PROCESS_INSTANCE,
)

NOW = 1_700_000_000_000


# ---- the reference: start_instances as it was, through SQLAlchemy Core ----------------------------------------


def _tenant_is(column: Any, tenant_id: str | None) -> Any:
    return column.is_(None) if tenant_id is None else column == tenant_id


def reference_resolve(conn: Connection, spec: InstanceSpec) -> Any:
    pd = PROCESS_DEFINITION
    if spec.process_definition_key is not None:
        row = conn.execute(sa.select(pd).where(pd.c.key == spec.process_definition_key)).first()
        if row is None:
            raise NotFound(f"No process definition with key {spec.process_definition_key}.")
        for name, given, actual in (("bpmnProcessId", spec.bpmn_process_id, row.bpmn_process_id),
                                    ("version", spec.version, row.version),
                                    ("tenantId", spec.tenant_id, row.tenant_id)):
            if given is not None and given != actual:
                raise InvalidRequest(f"processDefinitionKey and {name} name different definitions.")
        return row
    if spec.bpmn_process_id is None:
        raise InvalidRequest("Give bpmnProcessId or processDefinitionKey.")
    query = sa.select(pd).where(pd.c.bpmn_process_id == spec.bpmn_process_id,
                                _tenant_is(pd.c.tenant_id, spec.tenant_id))
    if spec.version is not None:
        query = query.where(pd.c.version == spec.version)
    row = conn.execute(query.order_by(pd.c.version.desc()).limit(1)).first()
    if row is None:
        what = f"version {spec.version} of " if spec.version is not None else ""
        tenant = f" for tenant '{spec.tenant_id}'" if spec.tenant_id is not None else ""
        raise NotFound(f"No {what}process definition '{spec.bpmn_process_id}'{tenant}.")
    return row


def reference_tasks(conn: Connection, definition_key: int) -> Sequence[Any]:
    jd = JOB_DEFINITION
    return conn.execute(sa.select(jd).where(jd.c.process_definition_key == definition_key)
                        .order_by(jd.c.position)).all()


def reference_allocate(conn: Connection, n: int) -> int:
    seq = KEY_SEQUENCE
    after = conn.execute(sa.update(seq).where(seq.c.id == 1).values(next_key=seq.c.next_key + n)
                         .returning(seq.c.next_key)).scalar_one()
    return int(after) - n


def reference_start(conn: Connection, *, spec: InstanceSpec, now: int) -> tuple[list[StartedInstance], set[str]]:
    definition = reference_resolve(conn, spec)
    tasks = reference_tasks(conn, definition.key)
    per_instance = 1 + 2 * (len(spec.jobs) if spec.jobs is not None else 1)
    next_key = reference_allocate(conn, per_instance * spec.count)
    started: list[StartedInstance] = []
    instance_rows: list[dict[str, Any]] = []
    job_rows: list[dict[str, Any]] = []
    types: set[str] = set()
    for _ in range(spec.count):
        key = next_key
        rows = job_rows_for_instance(definition, tasks, spec.jobs, instance_key=key, first_key=key + 1, now=now)
        next_key += per_instance
        incident = any(r["state"] in (FAILED, ERROR_THROWN) for r in rows)
        instance_rows.append(dict(
            key=key, process_definition_key=definition.key, bpmn_process_id=definition.bpmn_process_id,
            version=definition.version, business_key=spec.business_key, variables=spec.variables,
            state="incident" if incident else "active", tenant_id=definition.tenant_id, start_time=now,
            end_time=None,
        ))
        job_rows.extend(rows)
        types.update(r["type"] for r in rows if r["state"] == "activatable")
        started.append(StartedInstance(
            key=key, process_definition_key=definition.key,
            process_definition_id=f"{definition.bpmn_process_id}:{definition.version}:{definition.key}",
            bpmn_process_id=definition.bpmn_process_id, version=definition.version,
            jobs=[CreatedJob(key=r["key"], element_id=r["element_id"], job_definition_id=r["job_definition_id"])
                  for r in rows],
        ))
    conn.execute(sa.insert(PROCESS_INSTANCE), instance_rows)
    if job_rows:
        conn.execute(sa.insert(JOB), job_rows)
    return started, types


# ---- the comparison ---------------------------------------------------------------------------------------------


class _Rollback(Exception):
    pass


def _raw(conn: Connection, table: str) -> list[tuple[Any, ...]]:
    """The stored rows as the driver reads them (JSON as its stored text on SQLite), in key order."""
    return [tuple(r) for r in conn.execute(sa.text(f'SELECT * FROM {table} ORDER BY "key"')).all()]


def _outcome(store: Store, start: Any, spec: InstanceSpec) -> Any:
    """What one start answers (or raises) and the rows it leaves, its transaction rolled back afterwards."""
    seen: list[Any] = []
    try:
        with store.write() as conn:
            try:
                answer: Any = start(conn, spec=spec, now=NOW)
                answer = (answer[0], sorted(answer[1]))
            except (NotFound, InvalidRequest) as exc:
                answer = (type(exc).__name__, str(exc))
            seen.extend([answer, _raw(conn, "process_instance"), _raw(conn, "job"),
                         conn.execute(sa.select(KEY_SEQUENCE.c.next_key)).scalar_one()])
            raise _Rollback
    except _Rollback:
        pass
    return seen


@pytest.fixture
def deployed(fresh_store: Store) -> Iterator[tuple[Store, dict[str, int]]]:
    """Definitions of every kind: versions, tenants, suspended and prioritised tasks."""
    tasks = [TaskSpec(element_id="charge", type="charge-card", name="Charge"),
             TaskSpec(element_id="ship", type="ship", kind="timer", overriding_job_priority=5, suspended=True)]
    found: dict[str, int] = {}
    with fresh_store.write() as conn:
        for name, spec in (("v1", DefinitionSpec(bpmn_process_id="p", tasks=tasks)),
                           ("v2", DefinitionSpec(bpmn_process_id="p", tasks=tasks[::-1], name="P")),
                           ("ta", DefinitionSpec(bpmn_process_id="p", tasks=tasks, tenant_id="ta")),
                           ("suspended", DefinitionSpec(bpmn_process_id="s", tasks=tasks[1:]))):
            found[name] = definitions.deploy(conn, spec=spec, now=NOW).key
        # an instance already there: the new rows are compared alongside it
        definitions.start_instances(conn, spec=InstanceSpec(bpmn_process_id="p"), now=NOW)
    yield fresh_store, found


def _specs(keys: dict[str, int]) -> list[InstanceSpec]:
    fixtures = [JobFixture(), JobFixture(element_id="ship", state="failed", exception_message="boom",
                                         custom_headers={"h": "é"}),
                JobFixture(state="activated", worker="w", retries=0, priority=-3, suspended=True, due_date=NOW + 5),
                JobFixture(element_id="charge", state="error_thrown", batch_id="b", create_time=1, deadline=7)]
    variables = {"s": "é\u2028\U0001f600", "n": -(2**63), "f": 0.1, "l": [None, True, {"x": []}], "none": None}
    return [
        InstanceSpec(bpmn_process_id="p"), InstanceSpec(bpmn_process_id="p", version=1),
        InstanceSpec(bpmn_process_id="p", tenant_id="ta", business_key="bk", variables=variables),
        InstanceSpec(process_definition_key=keys["v1"]), InstanceSpec(process_definition_key=keys["ta"],
                                                                      tenant_id="ta", bpmn_process_id="p"),
        InstanceSpec(bpmn_process_id="s", count=3, variables={"a": 1}),
        InstanceSpec(bpmn_process_id="p", jobs=fixtures, count=2),
        InstanceSpec(bpmn_process_id="p", jobs=[JobFixture(state="failed")]),
        InstanceSpec(bpmn_process_id="p", jobs=[]),
        # errors
        InstanceSpec(bpmn_process_id="p", version=9), InstanceSpec(bpmn_process_id="p", tenant_id="zz"),
        InstanceSpec(bpmn_process_id="p", tenant_id="ta", version=3), InstanceSpec(bpmn_process_id="nope"),
        InstanceSpec(process_definition_key=1), InstanceSpec(process_definition_key=keys["v1"], version=2),
        InstanceSpec(process_definition_key=keys["v1"], tenant_id="ta"),
        InstanceSpec(process_definition_key=keys["v1"], bpmn_process_id="q"), InstanceSpec(),
        InstanceSpec(bpmn_process_id="p", jobs=[JobFixture(element_id="missing")]),
    ]


def test_the_fast_statements_store_what_sqlalchemy_stored(deployed: tuple[Store, dict[str, int]]) -> None:
    store, keys = deployed
    for spec in _specs(keys):
        expected = _outcome(store, reference_start, spec)
        assert _outcome(store, definitions.start_instances, spec) == expected, spec
        assert len(expected[1]) > 1 or isinstance(expected[0][0], str), spec  # the start did insert, or refused


def test_resolution_and_tasks_read_the_same_values(deployed: tuple[Store, dict[str, int]]) -> None:
    store, keys = deployed
    with store.read() as conn:
        for spec in _specs(keys)[:6]:
            fast, slow = definitions.resolve_definition(conn, spec=spec), reference_resolve(conn, spec)
            assert tuple(fast) == tuple(slow) and fast._fields == tuple(slow._fields)
            fast_tasks, slow_tasks = definitions.job_definitions_of(conn, fast.key), reference_tasks(conn, slow.key)
            assert [t._asdict() for t in fast_tasks] == [
                {**t._asdict(), "suspended": int(t.suspended) if store.engine.dialect.name == "sqlite" else t.suspended}
                for t in slow_tasks]


def test_starting_an_instance_runs_no_statement_through_sqlalchemy(deployed: tuple[Store, dict[str, int]]) -> None:
    """The hot statements are prepared once (fastsql): SQLAlchemy's per-execution work is not paid per start."""
    store, _ = deployed
    executed: list[str] = []

    def note(conn: Any, clauseelement: Any, *args: Any) -> None:
        executed.append(str(clauseelement))

    sa.event.listen(store.engine, "before_execute", note)
    try:
        with store.write() as conn:
            definitions.start_instances(conn, spec=InstanceSpec(bpmn_process_id="p", variables={"a": 1}), now=NOW)
    finally:
        sa.event.remove(store.engine, "before_execute", note)
    assert executed == []
