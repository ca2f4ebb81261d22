"""Cached statement shapes (jobgate.store.fastsql) never carry one caller's tenants into another's query."""

from __future__ import annotations

import httpx
import pytest

from jobgate.store import fastsql
from jobgate.store.engine import Store
from jobgate.store.job_query import JobQuery, count_jobs, list_jobs

from .support import header
from .world import A, B, C, build


@pytest.mark.parametrize("pair", [(frozenset({A}), frozenset({B})), (frozenset({A, B}), frozenset({B, C}))],
                         ids=["a|b", "ab|bc"])
async def test_principals_alternate_on_one_shape(client: httpx.AsyncClient, uniq: str,
                                                 pair: tuple[frozenset[str], frozenset[str]]) -> None:
    """Same query, same number of tenants (so one cached shape), different tenants: each gets its own, each time."""
    world = await build(client, uniq)

    def expected(tenants: frozenset[str] | None, named: bool) -> list[str]:
        return sorted(str(i.job) for i in world.instances
                      if (i.tenant is None or tenants is None or i.tenant in tenants) and not (named and not i.tenant))

    for _ in range(3):
        for tenants in (*pair, None):
            hdr = header(tenants) if tenants is not None else {}
            for params in ({}, {"maxResults": "10"}, {"tenantIdIn": f"{A},{B},{C}"}):
                r = await client.get("/engine-rest/job", params={"processDefinitionKey": uniq, **params},
                                     headers=hdr)
                assert sorted(j["id"] for j in r.json()) == expected(tenants, "tenantIdIn" in params), params


def test_one_cached_shape_per_tenant_count(fresh_store: Store) -> None:
    """The store caches one statement for every caller with the same number of tenants; the values are bound."""
    assert fastsql.VERIFY  # every cached statement is also checked against a fresh build
    fastsql._cache.clear()
    query = JobQuery(bpmn_process_id="p")
    with fresh_store.read() as conn:
        for tenants in (frozenset({A}), frozenset({B}), frozenset({C})):
            assert list_jobs(conn, query=query, now=0, tenants=tenants) == []
            assert count_jobs(conn, query=query, now=0, tenants=tenants) == 0
        shapes = {key for key in fastsql._cache}
        assert len(shapes) == 2  # one list shape, one count shape
        list_jobs(conn, query=query, now=0, tenants=None)
        list_jobs(conn, query=query, now=0, tenants=frozenset())
        assert len(fastsql._cache) == 4  # unrestricted and tenant-less-only are shapes of their own
        assert all(A not in repr(key) and B not in repr(key) for key in fastsql._cache)
