"""SQLite and PostgreSQL give the same ids in the same order for the same data (issue 7).

The same fixture is loaded into a fresh store of each backend (keys come from the same sequence, so they are
equal), then every sortable list is compared: Camunda 7 job and job-definition queries with each sort field
in both directions, paging, tenant and date filters, and the OPA instance lists. Tenants include NULL, mixed
case and punctuation, where collations and null ordering differ between databases unless pinned.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobgate.store import definitions
from jobgate.store.engine import Store
from jobgate.store.instance_jobs import list_instance_jobs
from jobgate.store.job_definition_query import JobDefinitionQuery, list_job_definitions
from jobgate.store.job_query import SORT_COLUMNS, JobQuery, count_jobs, list_jobs
from jobgate.store.model import DefinitionSpec, InstanceSpec, JobFixture, TaskSpec
from tests.conftest import postgres_schema, sqlite_url

pytestmark = pytest.mark.postgres
NOW = 1_800_000_000_000
TENANTS = [None, "acme", "Acme", "a-b", "a_b", "B", "b"]


def _load(store: Store) -> list[int]:
    instances = []
    with store.write() as conn:
        for i, tenant in enumerate(TENANTS):
            definitions.deploy(conn, now=NOW, spec=DefinitionSpec(
                bpmn_process_id=f"p-{i % 3}", tenant_id=tenant,
                tasks=[TaskSpec(element_id="a", type="t", kind="timer" if i % 2 else "message"),
                       TaskSpec(element_id="B", type="u", overriding_job_priority=i or None)]))
            jobs = [JobFixture(element_id=("a", "B")[j % 2], retries=j % 4, priority=(j * 7) % 5,
                               due_date=None if j % 3 == 0 else NOW + (j % 5 - 2) * 1000,
                               create_time=NOW - (j % 4) * 1000, exception_message="boom" if j % 4 == 0 else None,
                               state=("activatable", "activated", "failed", "completed")[j % 4],
                               deadline=NOW + 60_000 if j % 4 == 1 else None)
                    for j in range(12)]
            started, _ = definitions.start_instances(conn, now=NOW, spec=InstanceSpec(
                bpmn_process_id=f"p-{i % 3}", tenant_id=tenant, jobs=jobs))
            instances.append(started[0].key)
    return instances


@contextlib.contextmanager
def _stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    with postgres_schema() as url:
        lite, pg = Store(sqlite_url(tmp_path)), Store(url)
        for s in (lite, pg):
            s.create_schema()
        try:
            yield lite, pg
        finally:
            lite.dispose()
            pg.dispose()


def test_same_data_same_ids_same_order(tmp_path: Path) -> None:
    with _stores(tmp_path) as (lite, pg):
        assert _load(lite) == _load(pg)
        queries = [JobQuery(sorting=((field, desc),)) for field in SORT_COLUMNS for desc in (False, True)]
        queries += [
            JobQuery(tenant_ids=["acme", "B"], include_without_tenant=True, sorting=(("tenant_id", False),)),
            JobQuery(due_dates=[("gt", NOW - 1500), ("lt", NOW + 1500)], sorting=(("due_date", True),)),
            JobQuery(create_times=[("lt", NOW - 1000)], executable=True, sorting=(("priority", True),)),
            JobQuery(timers=True, with_exception=True), JobQuery(no_retries_left=True, active=True),
        ]
        for q in queries:
            for first, maximum in ((None, None), (3, 5)):
                with lite.read() as a, pg.read() as b:
                    left = [r.key for r in list_jobs(a, query=q, now=NOW, first=first, maximum=maximum)]
                    right = [r.key for r in list_jobs(b, query=q, now=NOW, first=first, maximum=maximum)]
                    assert left == right, q
                    assert count_jobs(a, query=q, now=NOW) == count_jobs(b, query=q, now=NOW)
        for field in ("id", "element_id", "process_definition_id", "bpmn_process_id", "job_type", "tenant_id"):
            for desc in (False, True):
                jq = JobDefinitionQuery(sorting=((field, desc),))
                with lite.read() as a, pg.read() as b:
                    assert [r.id for r in list_job_definitions(a, query=jq)] == \
                           [r.id for r in list_job_definitions(b, query=jq)]


def test_opa_lists_agree(tmp_path: Path) -> None:
    with _stores(tmp_path) as (lite, pg):
        instances = _load(lite)
        assert _load(pg) == instances
        for key in instances:
            for state in ("ALL", "SCHEDULED", "READY", "FAULTED", "EXHAUSTED"):
                for sorting in ((), (("due_date", False),), (("due_date", True),), (("retries", True),)):
                    args = dict(instance_key=key, tenant=None, state=state, now=NOW, sorting=sorting, offset=1,
                                limit=4, with_total=True)
                    with lite.read() as a, pg.read() as b:
                        left, right = list_instance_jobs(a, **args), list_instance_jobs(b, **args)
                    assert [r.key for r in left.rows] == [r.key for r in right.rows]
                    assert (left.total, left.has_more) == (right.total, right.has_more)
