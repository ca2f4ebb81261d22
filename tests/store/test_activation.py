"""The claim (app/jobgate/store/activation.py) against a real store of each backend: what is claimable, in which
order, what a claim writes, and that concurrent claimers never share a job.

`store` runs every test twice: on the schema as migrated (the single-scan claim) and with the two partial
indexes that switch the claim to its split form (ready jobs by key + expired leases by deadline), so both
statements must obey every rule here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from jobgate.store import activation, definitions
from jobgate.store.engine import Store
from jobgate.store.loop_pg import numbered
from jobgate.store.model import DefinitionSpec, InstanceSpec, JobFixture, TaskSpec
from jobgate.store.tables import JOB
from tests.conftest import backend_url

NOW = 1_700_000_000_000


@pytest.fixture
def store(fresh_store: Store) -> Iterator[Store]:
    yield fresh_store


def make_jobs(store: Store, type_: str, fixtures: list[JobFixture] | None = None, *, count: int = 1,
              variables: dict[str, Any] | None = None) -> list[int]:
    """Deploy a one-task definition of `type_` and start `count` instances (with `fixtures`); return job keys."""
    with store.write() as conn:
        definitions.deploy(conn, spec=DefinitionSpec(bpmn_process_id=type_, tasks=[
            TaskSpec(element_id="task", type=type_)]), now=NOW)
        started, _ = definitions.start_instances(conn, spec=InstanceSpec(
            bpmn_process_id=type_, variables=variables or {}, jobs=fixtures, count=count), now=NOW)
    return sorted(j.key for s in started for j in s.jobs)


def claim(store: Store, type_: str, n: int = 10, *, worker: str = "w", now: int = NOW, timeout: int = 1000,
          fetch: list[str] | None = None) -> list[activation.ActivatedJob]:
    with store.write() as conn:
        return activation.claim(conn, type=type_, worker=worker, max_jobs=n, timeout_ms=timeout, now=now,
                                fetch_variables=fetch)


def row(store: Store, key: int) -> Any:
    with store.read() as conn:
        return conn.execute(sa.select(JOB).where(JOB.c.key == key)).one()


def test_claims_lowest_keys_first_up_to_the_limit(store: Store) -> None:
    """Seven jobs claimed 3 + 3 + 1 (+ none): each batch is the lowest remaining keys, in order."""
    keys = make_jobs(store, "t", count=7)
    batches = [[j.key for j in claim(store, "t", 3)] for _ in range(4)]
    assert batches == [keys[:3], keys[3:6], keys[6:], []]


def test_claim_writes_lease_and_keeps_retries(store: Store) -> None:
    """state activated, worker and deadline = now + timeout are stored; retries stay as they were."""
    (key,) = make_jobs(store, "t", [JobFixture(retries=7, custom_headers={"h": "v"})], variables={"a": 1})
    (job,) = claim(store, "t", worker="me", timeout=5000)
    assert (job.key, job.worker, job.deadline, job.retries) == (key, "me", NOW + 5000, 7)
    assert job.custom_headers == {"h": "v"} and job.variables == {"a": 1}
    stored = row(store, key)
    assert (stored.state, stored.worker, stored.deadline, stored.retries) == ("activated", "me", NOW + 5000, 7)


def test_only_claimable_jobs_are_claimed(store: Store) -> None:
    """Suspended, future-due, no-retries, failed, completed, error_thrown and live leases are skipped; a past
    due date and an expired lease are claimable. The two claimable keys prove the filter is not empty."""
    keys = make_jobs(store, "t", [
        JobFixture(suspended=True), JobFixture(due_date=NOW + 1), JobFixture(retries=0), JobFixture(state="failed"),
        JobFixture(state="completed"), JobFixture(state="error_thrown"),
        JobFixture(state="activated", deadline=NOW + 1),
        JobFixture(due_date=NOW), JobFixture(state="activated", deadline=NOW, worker="old"),
    ])
    assert [j.key for j in claim(store, "t")] == keys[7:]
    assert claim(store, "other") == []  # and only of the asked type


def test_expired_leases_and_ready_jobs_interleave_in_key_order(store: Store) -> None:
    """Expired leases and ready jobs alternate by key: a claim of 3 takes the 3 lowest of both kinds, so the
    split claim's two branches must be merged by key (not one branch first, nor the highest keys)."""
    expired = JobFixture(state="activated", deadline=NOW - 5, worker="old")
    keys = make_jobs(store, "t", [expired, JobFixture(), expired, JobFixture(), expired, JobFixture()])
    assert [j.key for j in claim(store, "t", 3)] == keys[:3]
    assert [j.key for j in claim(store, "t", 3)] == keys[3:]


def test_fetch_variables_selects_names(store: Store) -> None:
    """Named variables only (unknown names absent); None means all."""
    make_jobs(store, "t", count=3, variables={"a": 1, "b": 2})
    assert claim(store, "t", 1, fetch=["b", "zz"])[0].variables == {"b": 2}
    assert claim(store, "t", 1, fetch=[])[0].variables == {"a": 1, "b": 2}
    assert claim(store, "t", 1)[0].variables == {"a": 1, "b": 2}


def test_variables_come_with_the_claim_unless_too_long(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim brings back each job's instance variables up to its share of INLINE_VARIABLES_CHARS; longer ones
    are loaded apart. Either way the jobs carry them whole (and a filter applies to both)."""
    monkeypatch.setattr(activation, "INLINE_VARIABLES_CHARS", 4 * 40)  # 4 jobs: 40 characters each
    small = {"a": 1, "b": "x"}
    large = {"a": 2, "b": "y" * 100}
    keys = make_jobs(store, "v", count=2, variables=small) + make_jobs(store, "v", count=2, variables=large)
    with store.write() as conn:
        rows, _ = activation.claim_rows(conn, type="v", worker="w", max_jobs=4, timeout_ms=1000, now=NOW)
    assert [r.key for r in rows] == keys
    assert [r.variables is None for r in rows] == [False, False, True, True]
    with store.write() as conn:  # the same jobs again, their leases released
        activation.release(conn, keys=keys, worker="w", deadline=NOW + 1000)
    jobs = claim(store, "v", 4)
    assert [j.variables for j in jobs] == [small, small, large, large]
    with store.write() as conn:
        activation.release(conn, keys=keys, worker="w", deadline=NOW + 1000)
    assert [j.variables for j in claim(store, "v", 4, fetch=["b"])] == [{"b": "x"}] * 2 + [{"b": "y" * 100}] * 2


def test_release_only_gives_back_the_same_lease(store: Store) -> None:
    """release() frees a lease only for the same worker and deadline (not a newer lease of someone else)."""
    (key,) = make_jobs(store, "t")
    (job,) = claim(store, "t", worker="a")
    with store.write() as conn:
        assert activation.release(conn, keys=[key], worker="b", deadline=job.deadline) == 0
        assert activation.release(conn, keys=[key], worker="a", deadline=job.deadline + 1) == 0
        assert activation.release(conn, keys=[key], worker="a", deadline=job.deadline) == 1
    stored = row(store, key)
    assert (stored.state, stored.worker, stored.deadline, stored.retries) == ("activatable", None, None, 3)
    assert [j.key for j in claim(store, "t")] == [key]


def test_concurrent_claimers_never_share_a_job(store: Store) -> None:
    """8 threads, each with its own connection, claim 400 jobs in batches of 7: every key exactly once."""
    keys = make_jobs(store, "t", count=400)
    got: list[list[int]] = [[] for _ in range(8)]
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            for _ in range(200):  # bounded: 400 jobs need at most 58 batches in all
                jobs = claim(store, "t", 7, worker=f"w{i}")
                if not jobs:
                    return
                got[i].extend(j.key for j in jobs)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    delivered = [k for g in got for k in g]
    assert len(delivered) == len(set(delivered)) and sorted(delivered) == keys
    with store.read() as conn:  # each job's stored worker is the thread that received it
        owners = dict(conn.execute(sa.select(JOB.c.key, JOB.c.worker).where(JOB.c.type == "t")).all())
    assert all(owners[k] == f"w{i}" for i, g in enumerate(got) for k in g)


def explain_claim(store: Store) -> str:
    with store.read() as conn:
        compiled = activation.CLAIM[False].compile(dialect=conn.dialect)
        params = compiled.construct_params({"c_type": "t", "c_now": NOW, "c_limit": 5, "c_worker": "w",
                                            "c_deadline": NOW, "c_inline": 1000})
        args = tuple(params[name] for name in compiled.positiontup or ())
        return " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + compiled.string, args))


def test_sqlite_split_claim_searches_both_indexes(sqlite_store: Store) -> None:
    """The split claim must range-search ready jobs by key and leases by deadline (never walk live leases)."""
    make_jobs(sqlite_store, "t", count=3)
    plan = explain_claim(sqlite_store)
    assert "USING INDEX ix_job_ready (type=?)" in plan, plan
    assert "USING INDEX ix_job_lease (type=? AND deadline<?)" in plan, plan
    assert "SEARCH process_instance USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan  # each job's variables


def explain_postgres_claim(store: Store, random_page_cost: str, plan_cache_mode: str) -> list[str]:
    """The plan lines of the claim (as the server runs it, a prepared statement) under these planner settings."""
    text, names = numbered(str(activation.CLAIM[True].compile(dialect=postgresql.dialect())))
    values = {"state": "activated", "c_worker": "w", "c_deadline": NOW, "c_type": "t", "retries_1": 0, "c_now": NOW,
              "c_limit": 32, "c_inline": 1000}
    literals = ", ".join(repr(values[name]) for name in names)  # ints and plain words: valid SQL literals
    with store.write() as conn:
        conn.exec_driver_sql(f"SET LOCAL random_page_cost = {random_page_cost}")
        conn.exec_driver_sql(f"SET LOCAL plan_cache_mode = {plan_cache_mode}")
        conn.exec_driver_sql("PREPARE claim_plan AS " + text)
        try:
            return [row[0] for row in conn.exec_driver_sql(f"EXPLAIN EXECUTE claim_plan({literals})")]
        finally:
            conn.exec_driver_sql("DEALLOCATE claim_plan")


@pytest.mark.postgres
def test_postgres_claim_takes_the_ready_index_after_a_load_in_key_order(tmp_path: Path) -> None:
    """Right after jobs are loaded in key order and analysed, every job is activatable and the key order is the
    heap's. With `type = :c_type` PostgreSQL then served the claim's ready branch (ORDER BY key) from the primary
    key, so each claim walked every claimed job below the first claimable one (a fresh 20,000-job table:
    6,300-7,900 jobs/s instead of 18,700, docs/performance.md); with random_page_cost 1.1 it did even on a churned
    table. The ready branch must read ix_job_ready under any of these settings, custom plan or generic."""
    with backend_url("postgres", tmp_path) as url:
        store = Store(url)
        store.create_schema()
        try:
            make_jobs(store, "t", count=3000)
            with store.write() as conn:
                conn.exec_driver_sql("ANALYZE job")
            for cost in ("4", "1.1"):
                for mode in ("force_custom_plan", "force_generic_plan"):
                    plan = explain_postgres_claim(store, cost, mode)
                    scans = [line.strip() for line in plan if "Scan" in line and " on job " in line]
                    ready = [line for line in scans if "ix_job_ready" in line]
                    assert ready, (cost, mode, plan)
                    assert not any("job_pkey" in line and "job_1" in line for line in scans), (cost, mode, plan)
        finally:
            store.dispose()


# activation.may_see: which jobs a claim's tenant set may take (the long-poll hub's FIFO repair relies on it;
# tests/tenancy/test_waiters.py covers that end to end).
TA, TB = "tenant-a", "tenant-b"


@pytest.mark.parametrize(("tenants", "tenant_id", "expected"), [
    (None, None, True),  # unrestricted: everything
    (None, TA, True),
    (frozenset({TA}), None, True),  # a plain set always includes tenant-less jobs
    (frozenset({TA}), TA, True),
    (frozenset({TA}), TB, False),
    (frozenset(), None, True),  # no tenants at all: tenant-less jobs only
    (frozenset(), TA, False),
    (activation.ExactTenants({TA}), None, False),  # Camunda 8's explicit tenantIds: tenant-less only when it says so
    (activation.ExactTenants({TA}, tenantless=True), None, True),
    (activation.ExactTenants({TA}), TA, True),
    (activation.ExactTenants({TA}, tenantless=True), TB, False),
])
def test_may_see(tenants: frozenset[str] | None, tenant_id: str | None, expected: bool) -> None:
    assert activation.may_see(tenants, tenant_id) is expected
