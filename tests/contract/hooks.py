"""Schemathesis hooks and a state-machine base for the contract tests: bound each case's cost, steer to data.

Bounding never changes whether a case is valid: it keeps a long poll short, a bulk load small and variables
storable. Steering points some positive cases at seeded data (random ids find nothing, so 200 responses and the
links between operations would hardly ever be exercised); the rest keep their generated values.
"""

from __future__ import annotations

import zlib
from collections.abc import MutableMapping, Sequence
from typing import Any

import schemathesis
from schemathesis.generation.meta import TestPhase
from schemathesis.generation.modes import GenerationMode

from .camunda7_rules import keep_to_rules
from .support import AUTH_OFF_EXCLUDED, LONG_POLL_MS, SEEDED, record, restore_seeded_store

# Bulk loads in positive cases: at most this many instance templates, each starting at most this many instances.
LOAD_TEMPLATES = 20
LOAD_COUNT = 3
TENANT_HEADER = "X-ID-TENANT-NAME"
QUERY_MAX_RESULTS = 10_000  # the default of JOBGATE_QUERY_MAX_RESULTS, which the contract app keeps
EXTERNAL_TASK_COMMANDS = ("complete_external_task", "handle_external_task_failure", "handle_external_task_bpmn_error",
                          "extend_external_task_lock", "unlock_external_task", "get_external_task",
                          "get_external_task_error_details", "set_external_task_retries")


def operation_id(case: schemathesis.Case[Any]) -> str:
    return str(case.operation.definition.raw.get("operationId"))


def is_camunda8(case: schemathesis.Case[Any]) -> bool:
    """/v2 shares operationIds (activate_jobs, update_job) with /zeebe; its activation takes a JSON body."""
    return str(case.operation.full_path).startswith("/v2/")


def is_positive(case: schemathesis.Case[Any]) -> bool:
    return case.meta is None or case.meta.generation.mode is GenerationMode.POSITIVE


@schemathesis.hook
def before_call(context: schemathesis.HookContext, case: schemathesis.Case[Any], kwargs: dict[str, Any]) -> None:
    """Runs inside every `case.call()`: parametrized and stateful tests alike."""
    name = operation_id(case)
    if name == "activate_jobs":
        bound_long_poll(case)
    if name == "fetch_and_lock":
        bound_async_response(case)
    if is_positive(case):
        bound_max_results(case)
        keep_to_rules(name, case.body)
        if name == "bulk_load":
            bound_load(case)
        elif name in ("update_job", "complete_job") and isinstance(case.body, dict) and "variables" in case.body:
            case.body["variables"] = storable(case.body["variables"])
        stateful = case.meta is not None and case.meta.phase.name is TestPhase.STATEFUL
        if not stateful:  # stateful steps follow links; SteeredMachine steers their first steps only
            steer_case(case)


def bound_long_poll(case: schemathesis.Case[Any]) -> None:
    """A positive requestTimeout on GET /zeebe/jobs waits at most LONG_POLL_MS.

    Absent or 0 already means the server default (LONG_POLL_MS in these tests); negative answers at once.
    """
    query = case.body if is_camunda8(case) and isinstance(case.body, dict) else case.query or {}
    value = query.get("requestTimeout")
    # Generated values are ints, or strings in the coverage phase (already serialized boundary values).
    text = str(value) if isinstance(value, int | str) and not isinstance(value, bool) else ""
    # Only valid values (int64) change: one beyond int64 makes a negative case, answered at once with a 400.
    if text.lstrip("+-").isdigit() and LONG_POLL_MS < int(text) < 2**63:
        query["requestTimeout"] = LONG_POLL_MS if isinstance(value, int) else str(LONG_POLL_MS)


def bound_max_results(case: schemathesis.Case[Any]) -> None:
    """A Camunda 7 list's maxResults within JOBGATE_QUERY_MAX_RESULTS (default 10,000): above it the engine's
    queryMaxResultsLimit answers a documented 400, which the schema cannot state (the limit is a setting)."""
    query = case.query or {}
    value = query.get("maxResults")
    text = str(value) if isinstance(value, int | str) and not isinstance(value, bool) else ""
    if case.path.startswith("/job") and text.isdigit() and QUERY_MAX_RESULTS < int(text) < 2**31:
        query["maxResults"] = QUERY_MAX_RESULTS if isinstance(value, int) else str(QUERY_MAX_RESULTS)
def bound_async_response(case: schemathesis.Case[Any]) -> None:
    """A valid asyncResponseTimeout on POST /external-task/fetchAndLock waits at most LONG_POLL_MS (the engine's
    limit, 1800000 ms, is 30 minutes); larger values are a 400 at once and stay as they are."""
    body = case.body if isinstance(case.body, dict) else {}
    value = body.get("asyncResponseTimeout")
    if isinstance(value, int) and not isinstance(value, bool) and LONG_POLL_MS < value <= 1_800_000:
        body["asyncResponseTimeout"] = LONG_POLL_MS


def bound_load(case: schemathesis.Case[Any]) -> None:
    """POST /admin/load is a benchmark loader: 10000 templates x 100000 instances each is valid, and takes hours.

    The contract test checks its contract, not its throughput: at most LOAD_TEMPLATES templates of at most
    LOAD_COUNT instances each (both within the schema's bounds).
    """
    instances = case.body.get("instances") if isinstance(case.body, dict) else None
    if not isinstance(instances, list):
        return
    del instances[LOAD_TEMPLATES:]
    for template in instances:
        count = template.get("count") if isinstance(template, dict) else None
        if isinstance(template, dict) and isinstance(count, int) and not isinstance(count, bool) \
                and count > LOAD_COUNT:
            template["count"] = LOAD_COUNT


def storable(value: Any) -> Any:
    """A variables document within the store's documented limits, as generated positive data must be.

    PATCH /zeebe/jobs/{key} rejects variables that cannot be stored and handed out again as JSON on every
    backend (app/jobgate/api/storable.problem): integers beyond int64, NUL characters (PostgreSQL jsonb refuses
    them), lone surrogates (Hypothesis never generates those). OpenAPI 3.0 cannot say this of a free-form object
    (no `propertyNames`, and a recursive value schema breaks the generators), so positive cases keep to it here.
    The texts beside them (errorMessage, errorCode, and the activation's type and worker) carry a
    `pattern` excluding NUL in openapi/zeebe.yaml, so they need no filter.
    """
    if isinstance(value, dict):
        return {k.replace("\x00", ""): storable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [storable(v) for v in value]
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, int) and not isinstance(value, bool):
        return max(-(2**63), min(value, 2**63 - 1))
    return value


def steer(value: Any, options: Sequence[Any]) -> Any:
    """Three times in four, one of `options` instead of `value` (picked by the value, so reproducibly)."""
    bucket = zlib.crc32(repr(value).encode())
    return value if bucket % 4 == 0 or not options else options[bucket % len(options)]


def steer_case(case: schemathesis.Case[Any]) -> None:
    """Point a positive case's ids, tenant and job type at seeded data (values that stay valid for the schema)."""
    name, path, query = operation_id(case), case.path_parameters, case.query
    instances = list(SEEDED.instances)
    if name in EXTERNAL_TASK_COMMANDS and path:  # a seeded job, and the worker of the seeded leases
        path["id"] = str(steer(path["id"], [key for _, keys in SEEDED.instances.values() for key in keys]))
        if isinstance(case.body, dict) and "workerId" in case.body:
            case.body["workerId"] = steer(case.body["workerId"], ["w1"])
    if is_camunda8(case):
        steer_camunda8(case)
    elif path and "id" in path:  # OPA: a process instance id, its tenant, and a job id of that instance
        path["id"] = str(steer(path["id"], instances))
        tenant, jobs = SEEDED.instances.get(int(path["id"]), (None, [])) if path["id"].isdigit() else (None, [])
        if "jobId" in path and jobs:
            path["jobId"] = str(steer(path["jobId"], jobs))
        headers: MutableMapping[str, Any] = case.headers or {}
        if TENANT_HEADER in headers and steer(headers[TENANT_HEADER], [True]) is True:
            if tenant is None:
                del headers[TENANT_HEADER]
            else:
                headers[TENANT_HEADER] = tenant
    elif name == "get_process_instance" and path:
        path["processInstanceKey"] = steer(path["processInstanceKey"], instances)
    elif name == "update_job" and path:
        path["key"] = steer(path["key"], [key for _, keys in SEEDED.instances.values() for key in keys])
    elif name == "activate_jobs" and query and "type" in query:
        query["type"] = steer(query["type"], SEEDED.types)
        limit = query.get("maxJobsToActivate")
        if isinstance(limit, int) and not isinstance(limit, bool) and limit > 3:  # keep the seeded pool for others
            query["maxJobsToActivate"] = steer(limit, [1, 2, 3])


def steer_camunda8(case: schemathesis.Case[Any]) -> None:
    """/v2: a seeded job key (as a string), and activations of a seeded type that leave the pool for others."""
    path, body = case.path_parameters, case.body
    if path and "jobKey" in path:
        path["jobKey"] = str(steer(path["jobKey"], [key for _, keys in SEEDED.instances.values() for key in keys]))
    if operation_id(case) == "activate_jobs" and isinstance(body, dict) and "type" in body:
        body["type"] = steer(body["type"], SEEDED.types)
        limit = body.get("maxJobsToActivate")
        if isinstance(limit, int) and not isinstance(limit, bool) and limit > 3:
            body["maxJobsToActivate"] = steer(limit, [1, 2, 3])


class SteeredMachine:
    """Mixin for `schema.as_state_machine()` classes: every scenario starts from the seeded store; steer each
    scenario's first step, count every step."""

    spec = ""

    def setup(self) -> None:
        restore_seeded_store()
        super().setup()  # type: ignore[misc]

    def step(self, input: Any) -> Any:
        if input.transition is None and is_positive(input.case):
            steer_case(input.case)
        return super().step(input)  # type: ignore[misc]

    def validate_response(self, response: Any, case: schemathesis.Case[Any], additional_checks: Any = None,
                          **kwargs: Any) -> None:
        record(self.spec, case, response.status_code, stateful=True)
        # As the base class does (schemathesis' RecordingStateMachine), minus the checks this app cannot pass.
        case.validate_response(response, additional_checks=additional_checks, excluded_checks=AUTH_OFF_EXCLUDED,
                               transport_kwargs=kwargs or None, recorder=getattr(self, "recorder", None))
