"""Bulk fixture loading (benchmarks, demos): many definitions and instances in one transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.engine import Connection

from jobgate.store.definitions import deploy, start_instances
from jobgate.store.model import DefinitionSpec, InstanceSpec, LoadResult


def bulk_load(conn: Connection, *, definitions: Sequence[DefinitionSpec], instances: Sequence[InstanceSpec],
              now: int) -> LoadResult:
    """Deploy the definitions, then start every instance template `count` times."""
    for spec in definitions:
        deploy(conn, spec=spec, now=now)
    started = jobs = 0
    types: set[str] = set()
    for instance in instances:
        result, claimable = start_instances(conn, spec=instance, now=now)
        started += len(result)
        jobs += sum(len(r.jobs) for r in result)
        types |= claimable
    return LoadResult(definitions=len(definitions), instances=started, jobs=jobs, claimable_types=frozenset(types))
