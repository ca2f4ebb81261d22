"""Job definition queries (app/jobgate/store/job_definition_query.py): every POST /job-definition filter and sorting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import sqlalchemy as sa

from jobgate.store.definitions import deploy
from jobgate.store.engine import Store
from jobgate.store.job_definition_query import JobDefinitionQuery, count_job_definitions, list_job_definitions
from jobgate.store.model import DefinitionSpec, TaskSpec
from jobgate.store.tables import JOB_DEFINITION
from tests.conftest import BACKENDS, backend_url

T0 = 1_700_000_000_000


@dataclass
class Data:
    store: Store
    ids: dict[str, int] = field(default_factory=dict)  # label "<definition>.<element>" -> job definition id
    rows: dict[int, Any] = field(default_factory=dict)
    definitions: dict[str, Any] = field(default_factory=dict)

    def labels(self, ids: list[int]) -> list[str]:
        by_id = {v: k for k, v in self.ids.items()}
        return [by_id[i] for i in ids]

    def list(self, first: int | None = None, maximum: int | None = None, **query: Any) -> list[str]:
        with self.store.read() as conn:
            rows = list_job_definitions(conn, query=JobDefinitionQuery(**query), first=first, maximum=maximum)
        return self.labels([r.id for r in rows])

    def count(self, **query: Any) -> int:
        with self.store.read() as conn:
            return count_job_definitions(conn, query=JobDefinitionQuery(**query))


SPECS = {
    "alpha": DefinitionSpec(bpmn_process_id="alpha", tasks=[
        TaskSpec(element_id="a1", type="wa1"),
        TaskSpec(element_id="a2", type="wa2", kind="timer", overriding_job_priority=7),
    ]),
    "beta1": DefinitionSpec(bpmn_process_id="beta", tenant_id="ta", tasks=[
        TaskSpec(element_id="b1", type="wb", suspended=True),
    ]),
    "beta2": DefinitionSpec(bpmn_process_id="beta", tenant_id="ta", tasks=[TaskSpec(element_id="b1", type="wb")]),
    "gamma": DefinitionSpec(bpmn_process_id="gamma", tenant_id="tb", tasks=[
        TaskSpec(element_id="g1", type="wg", kind="timer", job_type="timer-start-event",
                 job_configuration="R3/PT10M", overriding_job_priority=0),
        TaskSpec(element_id="a1", type="wg2", job_configuration="async-after", suspended=True),
    ]),
}
ALL = {"alpha.a1", "alpha.a2", "beta1.b1", "beta2.b1", "gamma.g1", "gamma.a1"}
NO_TENANT = {"alpha.a1", "alpha.a2"}


def build(store: Store) -> Data:
    data = Data(store)
    with store.write() as conn:
        for name, spec in SPECS.items():
            d = deploy(conn, spec=spec, now=T0)
            data.definitions[name] = d
            for jd in d.job_definitions:
                data.ids[f"{name}.{jd.element_id}"] = jd.id
    with store.read() as conn:
        data.rows = {r.id: r for r in conn.execute(sa.select(JOB_DEFINITION)).all()}
    return data


@pytest.fixture(scope="module", params=BACKENDS)
def data(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Data]:
    """The data set on a fresh SQLite file, and (when configured) on a fresh PostgreSQL schema."""
    with backend_url(request.param, tmp_path_factory.mktemp("jdq")) as url:
        store = Store(url)
        store.create_schema()
        yield build(store)
        store.dispose()


def test_deployed_rows_carry_the_defaults(data: Data) -> None:
    a1, a2 = data.rows[data.ids["alpha.a1"]], data.rows[data.ids["alpha.a2"]]
    assert (a1.job_type, a1.job_configuration, a1.overriding_job_priority) == ("async-continuation", "async-before",
                                                                                None)
    assert (a2.job_type, a2.job_configuration, a2.overriding_job_priority) == ("timer-intermediate-transition",
                                                                                "async-before", 7)
    assert data.rows[data.ids["gamma.g1"]].job_type == "timer-start-event"
    assert data.rows[data.ids["beta2.b1"]].process_definition_id == data.definitions["beta2"].process_definition_id


def test_no_filter_lists_all_in_id_order(data: Data) -> None:
    listed = data.list()
    assert set(listed) == ALL
    assert [data.ids[x] for x in listed] == sorted(data.ids.values())
    assert data.count() == len(ALL)


CASES: list[tuple[str, Callable[[Data], dict[str, Any]], set[str]]] = [
    ("jobDefinitionId", lambda d: {"id": d.ids["beta2.b1"]}, {"beta2.b1"}),
    ("unknown jobDefinitionId", lambda d: {"id": -1}, set()),
    ("activityIdIn one", lambda d: {"element_ids": ["a1"]}, {"alpha.a1", "gamma.a1"}),
    ("activityIdIn two", lambda d: {"element_ids": ["a2", "b1"]}, {"alpha.a2", "beta1.b1", "beta2.b1"}),
    ("activityIdIn unknown", lambda d: {"element_ids": ["zz"]}, set()),
    ("activityIdIn empty is no filter", lambda d: {"element_ids": []}, ALL),
    ("processDefinitionId", lambda d: {"process_definition_id": d.definitions["beta1"].process_definition_id},
     {"beta1.b1"}),
    ("processDefinitionKey is the bpmn id", lambda d: {"bpmn_process_id": "beta"}, {"beta1.b1", "beta2.b1"}),
    ("jobType", lambda d: {"job_type": "async-continuation"}, {"alpha.a1", "beta1.b1", "beta2.b1", "gamma.a1"}),
    ("jobType timer default", lambda d: {"job_type": "timer-intermediate-transition"}, {"alpha.a2"}),
    ("jobConfiguration", lambda d: {"job_configuration": "async-after"}, {"gamma.a1"}),
    ("jobConfiguration exact", lambda d: {"job_configuration": "R3/PT10M"}, {"gamma.g1"}),
    ("active", lambda d: {"active": True}, ALL - {"beta1.b1", "gamma.a1"}),
    ("suspended", lambda d: {"suspended": True}, {"beta1.b1", "gamma.a1"}),
    ("suspended wins over active", lambda d: {"active": True, "suspended": True}, {"beta1.b1", "gamma.a1"}),
    # 0 is an overriding priority too; only null is none
    ("withOverridingJobPriority", lambda d: {"with_overriding_job_priority": True}, {"alpha.a2", "gamma.g1"}),
    ("tenantIdIn", lambda d: {"tenant_ids": ["ta"]}, {"beta1.b1", "beta2.b1"}),
    ("tenantIdIn two", lambda d: {"tenant_ids": ["ta", "tb"]}, ALL - NO_TENANT),
    ("tenantIdIn with includeJobDefinitionsWithoutTenantId", lambda d: {"tenant_ids": ["tb"],
                                                                         "include_without_tenant": True},
     {"gamma.g1", "gamma.a1"} | NO_TENANT),
    ("includeJobDefinitionsWithoutTenantId alone filters nothing", lambda d: {"include_without_tenant": True}, ALL),
    ("tenantIdIn empty is no filter", lambda d: {"tenant_ids": []}, ALL),
    ("withoutTenantId", lambda d: {"without_tenant": True}, NO_TENANT),
    ("withoutTenantId wins over tenantIdIn", lambda d: {"without_tenant": True, "tenant_ids": ["ta"]}, NO_TENANT),
    ("filters combine with AND", lambda d: {"element_ids": ["a1", "b1"], "active": True, "tenant_ids": ["ta", "tb"]},
     {"beta2.b1"}),
]


@pytest.mark.parametrize(("build_query", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_filter(data: Data, build_query: Callable[[Data], dict[str, Any]], expected: set[str]) -> None:
    query = build_query(data)
    listed = data.list(**query)
    assert set(listed) == expected and len(listed) == len(expected)
    assert [data.ids[x] for x in listed] == sorted(data.ids[x] for x in expected)
    assert data.count(**query) == len(expected)


SORT_FIELDS = ["id", "element_id", "process_definition_id", "bpmn_process_id", "job_type", "job_configuration",
               "tenant_id"]


def expected_order(data: Data, column: str, descending: bool) -> list[str]:
    ids = sorted(data.ids.values())
    present = [i for i in ids if getattr(data.rows[i], column) is not None]
    missing = [i for i in ids if getattr(data.rows[i], column) is None]
    present.sort(key=lambda i: getattr(data.rows[i], column), reverse=descending)
    return data.labels(present + missing if descending else missing + present)


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("column", SORT_FIELDS)
def test_sorting(data: Data, column: str, descending: bool) -> None:
    expected = expected_order(data, column, descending)
    assert data.list(sorting=[(column, descending)]) == expected
    if column != "id":
        values = [getattr(data.rows[data.ids[x]], column) for x in expected]
        assert len(set(values)) < len(values)  # ties, broken by id


def test_sorting_examples_spelled_out(data: Data) -> None:
    assert data.list(sorting=[("element_id", True)]) == ["gamma.g1", "beta1.b1", "beta2.b1", "alpha.a2",
                                                         "alpha.a1", "gamma.a1"]
    assert data.list(sorting=[("tenant_id", False)]) == ["alpha.a1", "alpha.a2", "beta1.b1", "beta2.b1",
                                                         "gamma.g1", "gamma.a1"]
    assert data.list(sorting=[("tenant_id", True)]) == ["gamma.g1", "gamma.a1", "beta1.b1", "beta2.b1",
                                                        "alpha.a1", "alpha.a2"]


def test_several_orderings_rank_in_order(data: Data) -> None:
    assert data.list(sorting=[("element_id", False), ("bpmn_process_id", True)]) == [
        "gamma.a1", "alpha.a1", "alpha.a2", "beta1.b1", "beta2.b1", "gamma.g1"]
    assert data.list(sorting=[("job_type", False), ("element_id", True)]) == [
        "beta1.b1", "beta2.b1", "alpha.a1", "gamma.a1", "alpha.a2", "gamma.g1"]


@pytest.mark.parametrize(("first", "maximum", "window"), [
    (None, None, slice(None)), (0, 2, slice(0, 2)), (2, None, slice(2, None)), (2, 2, slice(2, 4)),
    (5, 10, slice(5, None)), (6, None, slice(6, None)), (0, 0, slice(0, 0)),
])
def test_paging(data: Data, first: int | None, maximum: int | None, window: slice) -> None:
    everything = data.list(sorting=[("element_id", False)])
    assert data.list(sorting=[("element_id", False)], first=first, maximum=maximum) == everything[window]
