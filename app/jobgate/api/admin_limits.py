"""Bounds of one POST /admin/load call (docs/admin.md), checked before anything is written.

A load's body is at most JOBGATE_MAX_BODY_BYTES, but each instance template is started `count` times: a 400 KB
body could ask for tens of GB. So a call is bounded by instances, jobs and bytes: the bytes it would store are
estimated as the compact JSON size of each instance template times its count, plus the definitions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from jobgate import limits
from jobgate.api import storable
from jobgate.store.load import jobs_per_instance
from jobgate.store.model import InstanceSpec

MAX_LOAD_INSTANCES = 100_000
MAX_LOAD_JOBS = 1_000_000


def check(raw: Any, instances: Sequence[InstanceSpec], *, max_bytes: int, max_variables_bytes: int) -> None:
    total = sum(i.count for i in instances)
    jobs = sum(i.count * jobs_per_instance(i) for i in instances)
    if total > MAX_LOAD_INSTANCES or jobs > MAX_LOAD_JOBS:
        raise limits.exceeded("admin load size", f"One load may start at most {MAX_LOAD_INSTANCES} instances with "
                              f"at most {MAX_LOAD_JOBS} jobs (asked: {total} instances, {jobs} jobs); split it into "
                              "calls.")
    for n, instance in enumerate(instances):
        storable.check_variables_size(instance.variables, max_variables_bytes, f"body.instances[{n}].variables")
    templates = raw.get("instances") or [] if isinstance(raw, dict) else []
    size = limits.json_size((raw or {}).get("definitions") or []) + sum(
        limits.json_size(t) * spec.count for t, spec in zip(templates, instances, strict=False))
    if size > max_bytes:
        raise limits.exceeded("JOBGATE_MAX_LOAD_BYTES", f"One load may store at most {max_bytes} bytes (asked: about "
                              f"{size} bytes, each instance template's JSON size times its count); split it into "
                              "calls.")
