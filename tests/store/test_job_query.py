"""Runtime job queries (app/jobgate/store/job_query.py): every GET /job filter and sort, checked against expected jobs.

One module-scoped store holds a fixed data set built with the store's own deploy/start functions; every job has
a label, and each test names the labels it expects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import sqlalchemy as sa

from jobgate.store.definitions import deploy, start_instances
from jobgate.store.engine import Store
from jobgate.store.job_query import JobQuery, count_jobs, list_jobs
from jobgate.store.model import DefinitionSpec, InstanceSpec, JobFixture, TaskSpec
from jobgate.store.queries import NO_MATCH, to_key
from jobgate.store.tables import JOB
from tests.conftest import BACKENDS, backend_url

T0 = 1_700_000_000_000  # "now" for the whole module
MAX_LONG = 2**63 - 1
MIN_LONG = -(2**63)


@dataclass
class Data:
    store: Store
    jobs: dict[str, int] = field(default_factory=dict)  # label -> job key
    rows: dict[int, Any] = field(default_factory=dict)  # job key -> row of every listed column
    instances: dict[str, int] = field(default_factory=dict)
    definitions: dict[str, Any] = field(default_factory=dict)

    def labels(self, keys: list[int]) -> list[str]:
        by_key = {v: k for k, v in self.jobs.items()}
        return [by_key[k] for k in keys]

    def list(self, first: int | None = None, maximum: int | None = None, now: int = T0, **query: Any) -> list[str]:
        with self.store.read() as conn:
            rows = list_jobs(conn, query=JobQuery(**query), now=now, first=first, maximum=maximum)
        return self.labels([r.key for r in rows])

    def count(self, now: int = T0, **query: Any) -> int:
        with self.store.read() as conn:
            return count_jobs(conn, query=JobQuery(**query), now=now)


# label: (definition, fixture); instances group labels. Create times and due dates are offsets from T0.
INSTANCES: dict[str, tuple[str, list[tuple[str, dict[str, Any]]]]] = {
    "ia1": ("alpha", [
        ("plain", {"element_id": "a1"}),
        ("due_past", {"element_id": "a1", "due_date": T0 - 60_000, "create_time": T0 - 3000}),
        ("due_now", {"element_id": "a1", "due_date": T0, "create_time": T0 - 2000}),
        ("timer_future", {"element_id": "a2", "due_date": T0 + 60_000, "create_time": T0 - 1000}),
    ]),
    "ia2": ("alpha", [
        ("failed", {"element_id": "a1", "state": "failed", "exception_message": "boom", "create_time": T0 - 4000}),
        ("flaky", {"element_id": "a1", "retries": 2, "exception_message": "flaky", "failed_activity_id": "a1",
                   "due_date": T0 + 1000, "create_time": T0 + 1000}),
        ("no_retries", {"element_id": "a2", "retries": 0, "due_date": T0 - 1}),
        ("completed", {"element_id": "a1", "state": "completed"}),
        ("error", {"element_id": "a1", "state": "error_thrown"}),
    ]),
    "ib1": ("beta:1", [
        ("b_susp", {"suspended": True, "priority": 10}),
        ("b_activated", {"state": "activated", "priority": 10, "worker": "w"}),
    ]),
    "ib2": ("beta:2", [("b2", {"batch_id": "batch-1"})]),
    "ig": ("gamma", [
        ("g_max", {"priority": MAX_LONG}),
        ("g_min", {"priority": MIN_LONG, "suspended": False}),
    ]),
}
RUNTIME = {"plain", "due_past", "due_now", "timer_future", "failed", "flaky", "no_retries", "b_susp", "b_activated",
           "b2", "g_max", "g_min"}
ALPHA = {"plain", "due_past", "due_now", "timer_future", "failed", "flaky", "no_retries"}
BETA = {"b_susp", "b_activated", "b2"}
GAMMA = {"g_max", "g_min"}


def build(store: Store) -> Data:
    data = Data(store)
    specs = {
        "alpha": DefinitionSpec(bpmn_process_id="alpha", tasks=[
            TaskSpec(element_id="a1", type="wa1"),
            TaskSpec(element_id="a2", type="wa2", kind="timer", overriding_job_priority=7),
        ]),
        "beta:1": DefinitionSpec(bpmn_process_id="beta", tenant_id="ta", tasks=[TaskSpec(element_id="b1", type="wb")]),
        "beta:2": DefinitionSpec(bpmn_process_id="beta", tenant_id="ta", tasks=[TaskSpec(element_id="b1", type="wb")]),
        "gamma": DefinitionSpec(bpmn_process_id="gamma", tenant_id="tb",
                                tasks=[TaskSpec(element_id="g1", type="wg", kind="timer", suspended=True)]),
    }
    with store.write() as conn:
        for name, spec in specs.items():
            data.definitions[name] = deploy(conn, spec=spec, now=T0)
        for instance, (definition, jobs) in INSTANCES.items():
            d = data.definitions[definition]
            spec = InstanceSpec(process_definition_key=d.key, jobs=[JobFixture(**f) for _, f in jobs])
            (started,), _ = start_instances(conn, spec=spec, now=T0)
            data.instances[instance] = started.key
            for (label, _), job in zip(jobs, started.jobs, strict=True):
                data.jobs[label] = job.key
    with store.read() as conn:
        for row in conn.execute(sa.select(JOB)).all():
            data.rows[row.key] = row
    return data


@pytest.fixture(scope="module", params=BACKENDS)
def data(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Data]:
    """The data set on a fresh SQLite file, and (when configured) on a fresh PostgreSQL schema."""
    with backend_url(request.param, tmp_path_factory.mktemp("jobq")) as url:
        store = Store(url)
        store.create_schema()
        yield build(store)
        store.dispose()


def test_the_fixture_is_what_the_tests_assume(data: Data) -> None:
    r = data.rows
    assert r[data.jobs["timer_future"]].priority == 7  # from the job definition
    assert r[data.jobs["g_max"]].suspended is True  # from the suspended job definition
    assert r[data.jobs["g_min"]].suspended is False  # the fixture wins
    assert r[data.jobs["failed"]].retries == 0 and r[data.jobs["failed"]].failed_activity_id == "a1"
    assert r[data.jobs["plain"]].due_date is None and r[data.jobs["plain"]].create_time == T0
    assert sorted(data.jobs.values()) == [data.jobs[label] for label, _ in
                                          [j for _, (_, js) in INSTANCES.items() for j in js]]


def test_no_filter_lists_every_runtime_job_in_key_order(data: Data) -> None:
    listed = data.list()
    assert set(listed) == RUNTIME  # never completed / error_thrown
    assert [data.jobs[x] for x in listed] == sorted(data.jobs[x] for x in RUNTIME)
    assert data.count() == len(RUNTIME)


# (id, query builder, expected labels)
CASES: list[tuple[str, Callable[[Data], dict[str, Any]], set[str]]] = [
    ("jobId", lambda d: {"key_sets": [frozenset({d.jobs["flaky"]})]}, {"flaky"}),
    ("jobId of a completed job", lambda d: {"key_sets": [frozenset({d.jobs["completed"]})]}, set()),
    ("jobId that is no id", lambda d: {"key_sets": [frozenset({NO_MATCH})]}, set()),
    ("jobIds", lambda d: {"key_sets": [frozenset({d.jobs["plain"], d.jobs["failed"], d.jobs["error"]})]},
     {"plain", "failed"}),
    ("jobId and jobIds intersect", lambda d: {"key_sets": [frozenset({d.jobs["plain"]}),
                                                           frozenset({d.jobs["plain"], d.jobs["b2"]})]}, {"plain"}),
    ("jobId outside jobIds", lambda d: {"key_sets": [frozenset({d.jobs["g_min"]}), frozenset({d.jobs["b2"]})]},
     set()),
    ("jobDefinitionId", lambda d: {"job_definition_id": d.definitions["alpha"].job_definitions[1].id},
     {"timer_future", "no_retries"}),
    ("jobDefinitionId of beta v1", lambda d: {"job_definition_id": d.definitions["beta:1"].job_definitions[0].id},
     {"b_susp", "b_activated"}),
    ("processInstanceId", lambda d: {"process_instance_key_sets": [frozenset({d.instances["ia1"]})]},
     {"plain", "due_past", "due_now", "timer_future"}),
    ("processInstanceIds", lambda d: {"process_instance_key_sets": [frozenset({d.instances["ia2"],
                                                                               d.instances["ig"]})]},
     {"failed", "flaky", "no_retries"} | GAMMA),
    ("processInstanceId and Ids intersect", lambda d: {"process_instance_key_sets": [
        frozenset({d.instances["ib2"]}), frozenset({d.instances["ib2"], d.instances["ig"]})]}, {"b2"}),
    ("executionId", lambda d: {"element_instance_key": d.rows[d.jobs["flaky"]].element_instance_key}, {"flaky"}),
    ("executionId is not the job id", lambda d: {"element_instance_key": d.jobs["flaky"]}, set()),
    ("processDefinitionId", lambda d: {"process_definition_id": d.definitions["beta:1"].process_definition_id},
     {"b_susp", "b_activated"}),
    ("processDefinitionId v2", lambda d: {"process_definition_id": d.definitions["beta:2"].process_definition_id},
     {"b2"}),
    ("processDefinitionKey is the bpmn id", lambda d: {"bpmn_process_id": "beta"}, BETA),
    ("unknown processDefinitionKey", lambda d: {"bpmn_process_id": "nope"}, set()),
    ("activityId", lambda d: {"element_id": "a2"}, {"timer_future", "no_retries"}),
    ("withRetriesLeft", lambda d: {"with_retries_left": True}, RUNTIME - {"failed", "no_retries"}),
    ("noRetriesLeft", lambda d: {"no_retries_left": True}, {"failed", "no_retries"}),
    # retries > 0 and due null or <= now (due_now is due exactly at T0); job suspension is not checked.
    ("executable", lambda d: {"executable": True},
     {"plain", "due_past", "due_now", "b_susp", "b_activated", "b2", "g_max", "g_min"}),
    ("timers", lambda d: {"timers": True}, {"timer_future", "no_retries"} | GAMMA),
    ("messages", lambda d: {"messages": True},
     {"plain", "due_past", "due_now", "failed", "flaky", "b_susp", "b_activated", "b2"}),
    ("dueDates gt is strict", lambda d: {"due_dates": [("gt", T0 - 1)]}, {"due_now", "timer_future", "flaky"}),
    ("dueDates lt is strict", lambda d: {"due_dates": [("lt", T0)]}, {"due_past", "no_retries"}),
    ("dueDates gt and lt", lambda d: {"due_dates": [("gt", T0 - 60_000), ("lt", T0 + 1000)]},
     {"due_now", "no_retries"}),
    ("dueDates never match jobs without due date", lambda d: {"due_dates": [("gt", -(10**15))]},
     {"due_past", "due_now", "timer_future", "flaky", "no_retries"}),
    ("createTimes gt is strict", lambda d: {"create_times": [("gt", T0 - 2000)]},
     RUNTIME - {"due_past", "due_now", "failed"}),
    ("createTimes lt is lower or equal", lambda d: {"create_times": [("lt", T0 - 2000)]},
     {"due_past", "due_now", "failed"}),
    ("createTimes gt and lt", lambda d: {"create_times": [("gt", T0 - 4000), ("lt", T0 - 1000)]},
     {"due_past", "due_now", "timer_future"}),
    ("withException", lambda d: {"with_exception": True}, {"failed", "flaky"}),
    ("exceptionMessage is an exact match", lambda d: {"exception_message": "boom"}, {"failed"}),
    ("exceptionMessage prefix matches nothing", lambda d: {"exception_message": "boo"}, set()),
    ("failedActivityId", lambda d: {"failed_activity_id": "a1"}, {"failed", "flaky"}),
    ("active", lambda d: {"active": True}, RUNTIME - {"b_susp", "g_max"}),
    ("suspended", lambda d: {"suspended": True}, {"b_susp", "g_max"}),
    ("suspended wins over active", lambda d: {"active": True, "suspended": True}, {"b_susp", "g_max"}),
    ("priorityHigherThanOrEquals", lambda d: {"priority_gte": 10}, {"b_susp", "b_activated", "g_max"}),
    ("priorityLowerThanOrEquals", lambda d: {"priority_lte": -1}, {"g_min"}),
    ("priority bounds together", lambda d: {"priority_gte": 7, "priority_lte": 10},
     {"timer_future", "no_retries", "b_susp", "b_activated"}),
    ("priority at the int64 maximum", lambda d: {"priority_gte": MAX_LONG}, {"g_max"}),
    ("priority at the int64 minimum", lambda d: {"priority_lte": MIN_LONG}, {"g_min"}),
    ("priority over the whole int64 range", lambda d: {"priority_gte": MIN_LONG, "priority_lte": MAX_LONG}, RUNTIME),
    ("tenantIdIn", lambda d: {"tenant_ids": ["ta"]}, BETA),
    ("tenantIdIn two tenants", lambda d: {"tenant_ids": ["ta", "tb"]}, BETA | GAMMA),
    ("tenantIdIn unknown tenant", lambda d: {"tenant_ids": ["nobody"]}, set()),
    ("tenantIdIn with includeJobsWithoutTenantId", lambda d: {"tenant_ids": ["tb"], "include_without_tenant": True},
     GAMMA | ALPHA),
    ("includeJobsWithoutTenantId alone filters nothing", lambda d: {"include_without_tenant": True}, RUNTIME),
    ("an empty tenant list filters nothing", lambda d: {"tenant_ids": []}, RUNTIME),
    ("withoutTenantId", lambda d: {"without_tenant": True}, ALPHA),
    ("withoutTenantId wins over tenantIdIn", lambda d: {"without_tenant": True, "tenant_ids": ["ta"],
                                                        "include_without_tenant": True}, ALPHA),
    ("filters combine with AND", lambda d: {"bpmn_process_id": "alpha", "with_retries_left": True,
                                            "messages": True, "due_dates": [("lt", T0 + 1)]},
     {"due_past", "due_now"}),
]


@pytest.mark.parametrize(("build_query", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_filter(data: Data, build_query: Callable[[Data], dict[str, Any]], expected: set[str]) -> None:
    query = build_query(data)
    listed = data.list(**query)
    assert set(listed) == expected
    assert len(listed) == len(expected)
    assert [data.jobs[x] for x in listed] == sorted(data.jobs[x] for x in expected)  # key order without sortBy
    assert data.count(**query) == len(expected)


def test_executable_depends_on_now(data: Data) -> None:
    assert "due_now" not in data.list(executable=True, now=T0 - 1)
    assert "flaky" in data.list(executable=True, now=T0 + 1000)
    assert "timer_future" in data.list(executable=True, now=T0 + 60_000)
    assert data.count(executable=True, now=T0 + 60_000) == len(RUNTIME) - 2  # only failed and no_retries fail


# Sorting: the expected order is computed independently from the rows, with nulls low and key as tie-breaker.
SORT_FIELDS = ["key", "element_instance_key", "process_instance_key", "process_definition_id", "bpmn_process_id",
               "priority", "retries", "due_date", "tenant_id"]


def expected_order(data: Data, column: str, descending: bool) -> list[str]:
    keys = sorted(data.jobs[x] for x in RUNTIME)  # tie-breaker: key ascending, in both directions
    present = [k for k in keys if getattr(data.rows[k], column) is not None]
    missing = [k for k in keys if getattr(data.rows[k], column) is None]
    present.sort(key=lambda k: getattr(data.rows[k], column), reverse=descending)  # stable: ties keep key order
    return data.labels(present + missing if descending else missing + present)


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("column", SORT_FIELDS)
def test_sorting(data: Data, column: str, descending: bool) -> None:
    expected = expected_order(data, column, descending)
    assert data.list(sorting=[(column, descending)]) == expected
    if column not in ("key", "element_instance_key"):  # every other field has ties the key must break
        values = [getattr(data.rows[data.jobs[x]], column) for x in expected]
        assert len(set(values)) < len(values)


def test_sorting_examples_spelled_out(data: Data) -> None:
    assert data.list(sorting=[("priority", False)])[:1] == ["g_min"]
    assert data.list(sorting=[("priority", True)])[:4] == ["g_max", "b_susp", "b_activated", "timer_future"]
    assert data.list(sorting=[("due_date", False)]) == [
        "plain", "failed", "b_susp", "b_activated", "b2", "g_max", "g_min",  # no due date: first, by key
        "due_past", "no_retries", "due_now", "flaky", "timer_future",
    ]
    assert data.list(sorting=[("due_date", True)]) == [
        "timer_future", "flaky", "due_now", "no_retries", "due_past",
        "plain", "failed", "b_susp", "b_activated", "b2", "g_max", "g_min",  # no due date: last, by key
    ]
    assert data.list(sorting=[("tenant_id", True)]) == [
        "g_max", "g_min", "b_susp", "b_activated", "b2",
        "plain", "due_past", "due_now", "timer_future", "failed", "flaky", "no_retries",
    ]
    assert data.list(sorting=[("retries", False)])[:2] == ["failed", "no_retries"]


def test_several_orderings_rank_in_order(data: Data) -> None:
    listed = data.list(sorting=[("bpmn_process_id", True), ("priority", True)], tenant_ids=["ta", "tb"])
    assert listed == ["g_max", "g_min", "b_susp", "b_activated", "b2"]


def test_sorting_applies_before_paging(data: Data) -> None:
    full = data.list(sorting=[("priority", True)])
    assert data.list(sorting=[("priority", True)], first=2, maximum=3) == full[2:5]


@pytest.mark.parametrize(("first", "maximum", "window"), [
    (None, None, slice(None)),
    (0, None, slice(None)),
    (None, 3, slice(0, 3)),
    (0, 3, slice(0, 3)),
    (4, None, slice(4, None)),
    (4, 5, slice(4, 9)),
    (10, 100, slice(10, None)),
    (12, None, slice(12, None)),
    (100, 5, slice(100, None)),
    (0, 0, slice(0, 0)),
])
def test_paging(data: Data, first: int | None, maximum: int | None, window: slice) -> None:
    everything = data.list()
    assert data.list(first=first, maximum=maximum) == everything[window]


def test_paging_a_filtered_list_windows_it_and_leaves_the_count(data: Data) -> None:
    """Pages of 3 of a filtered, sorted list are consecutive windows of it (the filter and order apply before
    paging); the count is the whole filtered list, whatever page is asked."""
    query: dict[str, Any] = {"with_retries_left": True, "sorting": [("priority", True)]}
    everything = data.list(**query)
    assert len(everything) == data.count(with_retries_left=True) == 10
    pages = [data.list(first=first, maximum=3, **query) for first in range(0, 12, 3)]
    assert [len(p) for p in pages] == [3, 3, 3, 1]
    assert [label for p in pages for label in p] == everything
    assert data.list(first=9, maximum=3, **query) == everything[9:] and data.list(first=10, **query) == []


@pytest.mark.parametrize("text", ["abc", "", " 1", "1 ", "+1", "-1", "01", "1.0", "１", "²", "9223372036854775808",
                                  "99999999999999999999"])
def test_ids_that_are_not_exact_decimal_keys_match_nothing(data: Data, text: str) -> None:
    assert to_key(text) == NO_MATCH


def test_an_id_with_leading_zero_names_no_job(data: Data) -> None:
    key = data.jobs["plain"]
    assert to_key(str(key)) == key
    assert to_key("0" + str(key)) == NO_MATCH
    assert data.list(key_sets=[frozenset({to_key("0" + str(key))})]) == []
    assert to_key("0") == 0 and to_key(str(2**63 - 1)) == 2**63 - 1
