"""Bulk fixture loading (benchmarks, demos): many definitions and instances per call, committed in chunks.

A load used to be one transaction: 250,000 jobs held the store's write lock for 12 s, and every activation waited.
Now `prepare` deploys the definitions and pins every instance template to its definition's key in one short
transaction (so a failure there, e.g. an unknown bpmnProcessId, writes nothing, and a deploy during the load cannot
change which version later chunks start); then `chunks` cuts the templates into pieces of about `chunk_jobs` jobs,
each started by `start_chunk` in its own short write transaction. The write lock is free between chunks. A store
failure mid-load leaves the chunks committed so far (the answer is then a 503; the counts say nothing).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

from sqlalchemy.engine import Connection

from jobgate.store.definitions import deploy, job_definitions_of, resolve_definition, start_instances
from jobgate.store.jobs import job_rows_for_instance
from jobgate.store.model import DefinitionSpec, InstanceSpec, LoadResult


def bulk_load(conn: Connection, *, definitions: Sequence[DefinitionSpec], instances: Sequence[InstanceSpec],
              now: int) -> LoadResult:
    """Deploy the definitions, then start every instance template `count` times (all in one transaction)."""
    pinned = prepare(conn, definitions=definitions, instances=instances, now=now)
    result = start_chunk(conn, instances=pinned, now=now)
    return dataclasses.replace(result, definitions=len(definitions))


def prepare(conn: Connection, *, definitions: Sequence[DefinitionSpec], instances: Sequence[InstanceSpec],
            now: int) -> list[InstanceSpec]:
    """Deploy the definitions; check every template (its fixtures too: a chunk must not fail after others were
    committed) and return them, each naming its definition by key."""
    for spec in definitions:
        deploy(conn, spec=spec, now=now)
    pinned = []
    for i in instances:
        definition = resolve_definition(conn, spec=i)
        job_rows_for_instance(definition, job_definitions_of(conn, definition.key), i.jobs, instance_key=0,
                              first_key=1, now=now)  # raises as start_instances would
        pinned.append(dataclasses.replace(i, process_definition_key=definition.key))
    return pinned


def jobs_per_instance(spec: InstanceSpec) -> int:
    return len(spec.jobs) if spec.jobs is not None else 1


def chunks(instances: Sequence[InstanceSpec], chunk_jobs: int) -> Iterator[list[InstanceSpec]]:
    """The templates cut into pieces of at most `chunk_jobs` jobs (at least one instance per piece)."""
    piece: list[InstanceSpec] = []
    jobs = 0
    for spec in instances:
        per = max(1, jobs_per_instance(spec))
        left = spec.count
        while left:
            take = min(left, max(1, (chunk_jobs - jobs) // per))
            piece.append(dataclasses.replace(spec, count=take))
            jobs += take * per
            left -= take
            if jobs + per > chunk_jobs:
                yield piece
                piece, jobs = [], 0
    if piece:
        yield piece


def start_chunk(conn: Connection, *, instances: Sequence[InstanceSpec], now: int) -> LoadResult:
    """Start the pinned templates of one chunk."""
    started = jobs = 0
    types: set[str] = set()
    for instance in instances:
        result, claimable = start_instances(conn, spec=instance, now=now)
        started += len(result)
        jobs += sum(len(r.jobs) for r in result)
        types |= claimable
    return LoadResult(definitions=0, instances=started, jobs=jobs, claimable_types=frozenset(types))
