"""Deploying process definitions, starting instances and reading them back (the admin API's store side)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import fastsql, keys
from jobgate.store.errors import InstanceNotFound, InvalidRequest, NotFound
from jobgate.store.jobs import job_rows_for_instance
from jobgate.store.model import (
    CreatedJob,
    DefinitionSpec,
    DeployedDefinition,
    DeployedJobDefinition,
    InstanceJob,
    InstanceSpec,
    InstanceView,
    StartedInstance,
)
from jobgate.store.tables import ERROR_THROWN, FAILED, JOB, JOB_DEFINITION, PROCESS_DEFINITION, PROCESS_INSTANCE

DEFAULT_JOB_TYPES = {"message": "async-continuation", "timer": "timer-intermediate-transition"}


def _tenant_is(column: Any, tenant_id: str | None) -> Any:
    return column.is_(None) if tenant_id is None else column == tenant_id


def deploy(conn: Connection, *, spec: DefinitionSpec, now: int) -> DeployedDefinition:
    """Deploy a definition: the next version of its bpmnProcessId within its tenant."""
    seen: set[str] = set()
    for task in spec.tasks:
        if task.element_id in seen:
            raise InvalidRequest(f"Duplicate task elementId '{task.element_id}'.")
        seen.add(task.element_id)
    pd = PROCESS_DEFINITION
    latest = conn.execute(
        sa.select(sa.func.max(pd.c.version)).where(
            pd.c.bpmn_process_id == spec.bpmn_process_id, _tenant_is(pd.c.tenant_id, spec.tenant_id)
        )
    ).scalar()
    version = int(latest or 0) + 1
    first = keys.allocate(conn, 2 + len(spec.tasks))
    deployment_key, key = first, first + 1
    definition_id = f"{spec.bpmn_process_id}:{version}:{key}"
    conn.execute(sa.insert(pd).values(
        key=key, bpmn_process_id=spec.bpmn_process_id, version=version, name=spec.name, tenant_id=spec.tenant_id,
        deployment_key=deployment_key, deploy_time=now,
    ))
    rows: list[dict[str, Any]] = [
        dict(
            id=first + 2 + i, process_definition_key=key, process_definition_id=definition_id,
            bpmn_process_id=spec.bpmn_process_id, deployment_key=deployment_key, element_id=t.element_id,
            name=t.name, type=t.type, kind=t.kind, job_type=t.job_type or DEFAULT_JOB_TYPES[t.kind],
            job_configuration=t.job_configuration or "async-before",
            overriding_job_priority=t.overriding_job_priority, suspended=t.suspended, position=i,
            tenant_id=spec.tenant_id,
        )
        for i, t in enumerate(spec.tasks)
    ]
    conn.execute(sa.insert(JOB_DEFINITION), rows)
    return DeployedDefinition(
        key=key, process_definition_id=definition_id, bpmn_process_id=spec.bpmn_process_id, name=spec.name,
        version=version, tenant_id=spec.tenant_id, deployment_key=deployment_key,
        job_definitions=[
            DeployedJobDefinition(id=r["id"], element_id=r["element_id"], type=r["type"], kind=r["kind"],
                                  position=r["position"])
            for r in rows
        ],
    )


# The statements of starting an instance, built once with bound parameters and run on the driver's cursor
# (jobgate.store.fastsql): through SQLAlchemy the five statements of one start cost ~2 ms of Python, the SQL
# ~0.2 ms. Their rows are plain tuples (booleans are 0/1 on SQLite); JSON values are written by SQLAlchemy's own
# bind processors, so the rows stored are the same.
_pd, _jd = PROCESS_DEFINITION, JOB_DEFINITION
_DEFINITION_BY_KEY = sa.select(_pd).where(_pd.c.key == sa.bindparam("f_key"))
_JOB_DEFINITIONS = sa.select(_jd).where(_jd.c.process_definition_key == sa.bindparam("f_key")).order_by(_jd.c.position)


def _definition_by_id(tenant: bool, version: bool) -> sa.Select[Any]:
    """The latest (or the given version of the) definition of a bpmnProcessId, of a tenant or of none."""
    query = sa.select(_pd).where(_pd.c.bpmn_process_id == sa.bindparam("f_bpmn"),
                                 _pd.c.tenant_id == sa.bindparam("f_tenant") if tenant else _pd.c.tenant_id.is_(None))
    if version:
        query = query.where(_pd.c.version == sa.bindparam("f_version"))
    return query.order_by(_pd.c.version.desc()).limit(1)


_BY_ID = {(tenant, version): _definition_by_id(tenant, version)
          for tenant in (False, True) for version in (False, True)}


def _first(rows: Sequence[Any]) -> Any:
    return rows[0] if rows else None


def resolve_definition(conn: Connection, *, spec: InstanceSpec) -> Any:
    """The definition an instance spec names (by key, or by bpmnProcessId + tenant + version/latest)."""
    if spec.process_definition_key is not None:
        row = _first(fastsql.execute(conn, ("definition", "by_key"), lambda: _DEFINITION_BY_KEY,
                                     {"f_key": spec.process_definition_key}))
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
    shape = (spec.tenant_id is not None, spec.version is not None)
    params: dict[str, Any] = {"f_bpmn": spec.bpmn_process_id}
    if spec.tenant_id is not None:
        params["f_tenant"] = spec.tenant_id
    if spec.version is not None:
        params["f_version"] = spec.version
    row = _first(fastsql.execute(conn, ("definition", "by_id", *shape), lambda: _BY_ID[shape], params))
    if row is None:
        what = f"version {spec.version} of " if spec.version is not None else ""
        tenant = f" for tenant '{spec.tenant_id}'" if spec.tenant_id is not None else ""
        raise NotFound(f"No {what}process definition '{spec.bpmn_process_id}'{tenant}.")
    return row


def job_definitions_of(conn: Connection, definition_key: int) -> Sequence[Any]:
    """The tasks of a definition in flow order (plain rows: `suspended` is 0/1 on SQLite)."""
    return fastsql.execute(conn, ("definition", "tasks"), lambda: _JOB_DEFINITIONS, {"f_key": definition_key})


def _insert(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all have the same columns (the shape), as conn.execute(sa.insert(table), rows) does."""
    if rows:
        columns = tuple(rows[0])
        fastsql.execute_many(conn, ("insert", table.name, columns),
                             lambda: sa.insert(table).values({c: sa.bindparam(c) for c in columns}), rows)


def start_instances(conn: Connection, *, spec: InstanceSpec, now: int) -> tuple[list[StartedInstance], set[str]]:
    """Start spec.count instances of one definition; return them and the job types that became claimable."""
    definition = resolve_definition(conn, spec=spec)
    tasks = job_definitions_of(conn, definition.key)
    per_instance = 1 + 2 * (len(spec.jobs) if spec.jobs is not None else 1)
    next_key = keys.allocate(conn, per_instance * spec.count)
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
    _insert(conn, PROCESS_INSTANCE, instance_rows)
    _insert(conn, JOB, job_rows)
    return started, types


def get_instance(conn: Connection, *, key: int, tenants: frozenset[str] | None = None) -> InstanceView:
    """An instance and its jobs; an instance of a tenant outside `tenants` (None: no restriction) is NotFound."""
    pi = PROCESS_INSTANCE
    row = conn.execute(sa.select(pi).where(pi.c.key == key)).first()
    if row is None or (tenants is not None and row.tenant_id is not None and row.tenant_id not in tenants):
        raise InstanceNotFound(key)
    jobs = conn.execute(
        sa.select(JOB.c.key, JOB.c.element_id, JOB.c.type, JOB.c.state, JOB.c.retries)
        .where(JOB.c.process_instance_key == key).order_by(JOB.c.key)
    ).all()
    return InstanceView(
        key=row.key, process_definition_key=row.process_definition_key,
        process_definition_id=f"{row.bpmn_process_id}:{row.version}:{row.process_definition_key}",
        bpmn_process_id=row.bpmn_process_id, version=row.version, state=row.state, business_key=row.business_key,
        tenant_id=row.tenant_id, variables=dict(row.variables or {}),
        jobs=[InstanceJob(key=j.key, element_id=j.element_id, type=j.type, state=j.state, retries=j.retries)
              for j in jobs],
    )
