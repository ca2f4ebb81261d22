"""Runtime job queries with Camunda 7's filter semantics (docs/design.md)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import fastsql
from jobgate.store.queries import order_terms
from jobgate.store.tables import IS_RUNTIME, JOB

# Columns a job list returns (not the JSON payloads): enough for the Camunda 7 and OPA views.
LIST_COLUMNS = (
    JOB.c.key, JOB.c.job_definition_id, JOB.c.due_date, JOB.c.process_instance_key, JOB.c.element_instance_key,
    JOB.c.process_definition_id, JOB.c.bpmn_process_id, JOB.c.retries, JOB.c.exception_message,
    JOB.c.failed_activity_id, JOB.c.suspended, JOB.c.priority, JOB.c.tenant_id, JOB.c.create_time, JOB.c.batch_id,
)
SORT_COLUMNS: dict[str, Any] = {
    "key": JOB.c.key,
    "element_instance_key": JOB.c.element_instance_key,
    "process_instance_key": JOB.c.process_instance_key,
    "process_definition_id": JOB.c.process_definition_id,
    "bpmn_process_id": JOB.c.bpmn_process_id,
    "priority": JOB.c.priority,
    "retries": JOB.c.retries,
    "due_date": JOB.c.due_date,
    "tenant_id": JOB.c.tenant_id,
}


@dataclass(frozen=True, kw_only=True)
class JobQuery:
    """Filters over runtime jobs; every given condition narrows (AND). Key sets come pre-parsed."""

    key_sets: Sequence[frozenset[int]] = ()
    job_definition_id: int | None = None
    process_instance_key_sets: Sequence[frozenset[int]] = ()
    element_instance_key: int | None = None
    process_definition_id: str | None = None
    bpmn_process_id: str | None = None
    element_id: str | None = None
    with_retries_left: bool = False
    no_retries_left: bool = False
    executable: bool = False
    timers: bool = False
    messages: bool = False
    with_exception: bool = False
    exception_message: str | None = None
    failed_activity_id: str | None = None
    active: bool = False
    suspended: bool = False
    priority_gte: int | None = None
    priority_lte: int | None = None
    due_dates: Sequence[tuple[str, int]] = ()
    create_times: Sequence[tuple[str, int]] = ()
    tenant_ids: Sequence[str] | None = None
    include_without_tenant: bool = False
    without_tenant: bool = False
    sorting: Sequence[tuple[str, bool]] = field(default_factory=tuple)


EQUALS = ("job_definition_id", "element_instance_key", "process_definition_id", "bpmn_process_id", "element_id",
          "exception_message", "failed_activity_id")
MAX_BOUND_ITEMS = 1000  # longer lists are inlined (and their statement is not cached)


def _plan(q: JobQuery, now: int, first: int | None, maximum: int | None,
          tenants: frozenset[str] | None = None) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The statement's shape (what to build) and its parameter values, without building anything.

    The shape names every structural choice; the same shape always builds the same SQL, so its compiled text is
    cached (jobgate.store.fastsql) and a request costs one dictionary lookup instead of a statement build.
    The caller's tenant restriction (`tenants`, None: none) is part of it like any filter: the shape holds only
    how many tenants there are, their names are bound parameters, so a cached shape carries no caller's tenants.
    """
    shape: list[Any] = []
    params: dict[str, Any] = {}

    def items(tag: str, name: str, values: Sequence[Any]) -> None:
        values = sorted({v for v in values if not (isinstance(v, str) and "\x00" in v)})
        if len(values) > MAX_BOUND_ITEMS:
            shape.append((tag, name, tuple(values)))  # inline: a shape of its own, not cached
        else:
            shape.append((tag, name, len(values)))
            params.update({f"{name}_{i}": v for i, v in enumerate(values)})

    for i, keys in enumerate(q.key_sets):
        items("in", f"key{i}", list(keys))
    for i, keys in enumerate(q.process_instance_key_sets):
        items("in", f"pi{i}", list(keys))
    for name in EQUALS:
        value = getattr(q, name)
        if value is None:
            continue
        if isinstance(value, str) and "\x00" in value:
            shape.append(("false",))  # no store can hold NUL: nothing matches
        else:
            shape.append(("eq", name))
            params[name] = value
    if q.with_retries_left or q.executable:
        shape.append(("retries>0",))
    if q.no_retries_left:
        shape.append(("retries=0",))
    if q.executable:
        shape.append(("executable",))
        params["now"] = now
    if q.timers or q.messages:
        shape.append(("kind", "timer" if q.timers else "message"))
    if q.with_exception:
        shape.append(("with_exception",))
    if q.suspended or q.active:
        shape.append(("suspended", q.suspended))
    for name, value in (("priority_gte", q.priority_gte), ("priority_lte", q.priority_lte)):
        if value is not None:
            shape.append((name,))
            params[name] = value
    for label, conditions in (("due", q.due_dates), ("created", q.create_times)):
        for i, (op, ms) in enumerate(conditions):
            shape.append((label, i, op))
            params[f"{label}{i}"] = ms
    if q.without_tenant:
        shape.append(("tenant_null",))
    elif q.tenant_ids:
        items("tenant", "tenant", list(q.tenant_ids))
        shape.append(("tenant_or_null", q.include_without_tenant))
    if tenants is not None:  # the caller may see these tenants' jobs and tenant-less ones (ANDed with the filter)
        items("visible", "vis", list(tenants))
    shape.append(("sort", tuple(q.sorting)))
    if first:
        shape.append(("offset",))
        params["first"] = first
    if maximum is not None:
        shape.append(("limit",))
        params["maximum"] = maximum
    return tuple(shape), params


def _where(shape: tuple[Any, ...]) -> list[Any]:
    """WHERE terms of a shape (only runtime jobs: activatable, activated, failed), all values bound by name."""
    c = JOB.c
    terms: list[Any] = [IS_RUNTIME]
    tenant_in: Any = None
    for part in shape:
        tag = part[0]
        if tag in ("in", "tenant", "visible"):
            _, name, size = part
            column = {"key": c.key, "pi": c.process_instance_key, "tenant": c.tenant_id,
                      "vis": c.tenant_id}[name.rstrip("0123456789")]
            bound: Any
            if isinstance(size, tuple):
                bound = column.in_(sa.bindparam(f"{name}_all", list(size), expanding=True, literal_execute=True))
            elif size == 0:  # every item was unstorable (NUL): nothing matches (an empty IN needs post-compiling)
                bound = sa.false()
            else:
                bound = column.in_([sa.bindparam(f"{name}_{i}") for i in range(size)])
            if tag == "tenant":
                tenant_in = bound
            elif tag == "visible":
                terms.append(sa.or_(bound, c.tenant_id.is_(None)))
            else:
                terms.append(bound)
        elif tag == "tenant_or_null":
            terms.append(sa.or_(tenant_in, c.tenant_id.is_(None)) if part[1] else tenant_in)
        elif tag == "eq":
            terms.append(c[part[1]] == sa.bindparam(part[1]))
        elif tag == "false":
            terms.append(sa.false())
        elif tag == "retries>0":
            terms.append(c.retries > 0)
        elif tag == "retries=0":
            terms.append(c.retries == 0)
        elif tag == "executable":
            terms.append(sa.or_(c.due_date.is_(None), c.due_date <= sa.bindparam("now")))
        elif tag == "kind":
            terms.append(c.kind == part[1])
        elif tag == "with_exception":
            terms.append(c.exception_message.is_not(None))
        elif tag == "suspended":
            terms.append(c.suspended.is_(part[1]))
        elif tag == "priority_gte":
            terms.append(c.priority >= sa.bindparam("priority_gte"))
        elif tag == "priority_lte":
            terms.append(c.priority <= sa.bindparam("priority_lte"))
        elif tag in ("due", "created"):
            _, i, op = part
            when: Any = c.due_date if tag == "due" else c.create_time
            value: Any = sa.bindparam(f"{tag}{i}")
            # gt is strict for both; lt is strict for due dates and <= for create times (as the engine's Job.xml)
            terms.append(when > value if op == "gt" else (when < value if tag == "due" else when <= value))
        elif tag == "tenant_null":
            terms.append(c.tenant_id.is_(None))
    return terms


def _list_statement(shape: tuple[Any, ...], postgres: bool) -> Any:
    stmt = sa.select(*LIST_COLUMNS).where(*_where(shape))
    sorting = next(p[1] for p in shape if p[0] == "sort")
    stmt = stmt.order_by(*order_terms(SORT_COLUMNS, sorting, JOB.c.key, postgres=postgres))
    if ("offset",) in shape:
        stmt = stmt.offset(sa.bindparam("first"))
    if ("limit",) in shape:
        stmt = stmt.limit(sa.bindparam("maximum"))
    return stmt


def _cacheable(shape: tuple[Any, ...]) -> bool:
    return not any(p[0] in ("in", "tenant", "visible") and isinstance(p[2], tuple) for p in shape)


def list_jobs(conn: Connection, *, query: JobQuery, now: int, first: int | None = None,
              maximum: int | None = None, tenants: frozenset[str] | None = None) -> Sequence[Any]:
    """One page of runtime jobs, sorted as asked with the key as tie-breaker.

    `tenants`: the caller sees only jobs of these tenants and tenant-less ones (None: every job).
    """
    postgres = conn.dialect.name == "postgresql"
    shape, params = _plan(query, now, first, maximum, tenants)
    if not _cacheable(shape):
        return conn.execute(_list_statement(shape, postgres), params).all()
    return fastsql.execute(conn, ("jobs", shape), lambda: _list_statement(shape, postgres), params)


def count_jobs(conn: Connection, *, query: JobQuery, now: int, tenants: frozenset[str] | None = None) -> int:
    shape, params = _plan(dataclasses.replace(query, sorting=()), now, None, None, tenants)

    def build() -> Any:
        return sa.select(sa.func.count()).select_from(JOB).where(*_where(shape))

    if not _cacheable(shape):
        return int(conn.execute(build(), params).scalar_one())
    return int(fastsql.execute(conn, ("count", shape), build, params)[0][0])
