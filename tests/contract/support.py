"""Contract-test support: one app per session, served in-process to Schemathesis, seeded through the admin API.

Schemathesis runs the app through its own ASGI client, which starts the app's lifespan (and so its store and
long-poll hub) once, on its own event-loop thread; every spec's tests then share that app and its data.

Runtime is bounded by a Hypothesis profile: `contract` (the default) runs JOBGATE_CONTRACT_EXAMPLES examples per
operation in the fuzzing phase (default 50); `contract-ci` (JOBGATE_CONTRACT_PROFILE=ci) runs at least 200.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import shutil
import sqlite3
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import schemathesis
import sqlalchemy as sa
from connexion import AsyncApp
from hypothesis import HealthCheck, settings
from schemathesis.generation.modes import GenerationMode
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import ignored_auth
from schemathesis.specs.openapi.schemas import OpenApiSchema

from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from jobgate.store.engine import Store
from jobgate.store.tables import JOB, JOB_DEFINITION, KEY_SEQUENCE, PROCESS_DEFINITION, PROCESS_INSTANCE

SPECS = {
    "camunda7": "/engine-rest/openapi.json",
    "zeebe": "/zeebe/openapi.json",
    "opa": "/process/api/v1/openapi.json",
    "camunda8": "/v2/openapi.json",
    "admin": "/admin/openapi.json",
}
# Short long-poll waits: GET /zeebe/jobs without requestTimeout (or 0) answers after this many ms when idle.
LONG_POLL_MS = 50

_EXAMPLES = int(os.environ.get("JOBGATE_CONTRACT_EXAMPLES", "50"))
_COMMON: dict[str, Any] = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
}
settings.register_profile("contract", max_examples=_EXAMPLES, stateful_step_count=8, **_COMMON)
# CI gates on a fixed, reproducible set of cases (derandomize); local runs explore new ones every time.
settings.register_profile("contract-ci", max_examples=max(_EXAMPLES, 200), stateful_step_count=10, derandomize=True,
                          **_COMMON)
PROFILE = settings.get_profile("contract-ci" if os.environ.get("JOBGATE_CONTRACT_PROFILE") == "ci" else "contract")
# Stateful scenarios are sequences of calls, each far more expensive than one case: a fraction of the examples.
STATEFUL = settings(PROFILE, max_examples=max(10, PROFILE.max_examples // 4))


@dataclass
class Seeded:
    """What seed() created: instance keys with their tenant and job keys, and the job types of the tasks."""

    instances: dict[int, tuple[str | None, list[int]]] = field(default_factory=dict)
    types: tuple[str, ...] = ("charge-card", "reminder", "send-receipt")


SEEDED = Seeded()
# The specs declare their security schemes (what a server with JOBGATE_AUTH=on requires); this app runs with
# authentication off, so `ignored_auth` is checked by the auth-on run in test_contract_auth.py instead.
AUTH_OFF_EXCLUDED = [ignored_auth]
CASES: Counter[tuple[str, str]] = Counter()
STATUSES: defaultdict[tuple[str, str], Counter[int]] = defaultdict(Counter)


def record(spec: str, case: schemathesis.Case[Any], status: int, *, stateful: bool = False) -> None:
    """Count a case by spec, kind (positive / negative / stateful step) and operation status (for the summary)."""
    mode = case.meta.generation.mode if case.meta is not None else GenerationMode.POSITIVE
    CASES[(spec, "stateful" if stateful else mode.value)] += 1
    STATUSES[(spec, case.operation.label)][status] += 1


class Snapshot:
    """A fingerprint of everything in the store: row counts, the key sequence and every job's mutable state."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def take(self) -> tuple[Any, ...]:
        with self.store.read() as conn:
            counts = tuple(
                conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for t in (PROCESS_DEFINITION, JOB_DEFINITION, PROCESS_INSTANCE, JOB)
            )
            next_key = conn.execute(sa.select(KEY_SEQUENCE.c.next_key)).scalars().all()
            jobs = conn.execute(sa.select(
                JOB.c.key, JOB.c.state, JOB.c.retries, JOB.c.due_date, JOB.c.worker, JOB.c.deadline,
                JOB.c.exception_message, JOB.c.error_code,
            ).order_by(JOB.c.key)).all()
            instances = conn.execute(sa.select(
                PROCESS_INSTANCE.c.key, PROCESS_INSTANCE.c.state, PROCESS_INSTANCE.c.variables,
            ).order_by(PROCESS_INSTANCE.c.key)).all()
        return counts, tuple(next_key), tuple(map(tuple, jobs)), tuple(map(tuple, instances))


def seed(app: AsyncApp) -> None:
    """Definitions in two tenants and without one, instances with jobs in every state, through the admin API."""
    with asgi.get_client(app) as client:
        def post(path: str, body: dict[str, Any]) -> dict[str, Any]:
            response = client.post(f"/admin{path}", json=body)
            assert response.status_code == 201, response.text
            result: dict[str, Any] = response.json()
            return result

        tasks = [
            {"elementId": "charge-card", "type": "charge-card", "name": "Charge card"},
            {"elementId": "wait", "type": "reminder", "kind": "timer", "overridingJobPriority": 7},
            {"elementId": "send-receipt", "type": "send-receipt"},
        ]
        for tenant in (None, "tenant-a", "tenant-b"):
            post("/process-definitions", {"bpmnProcessId": "invoice", "tenantId": tenant, "tasks": tasks})
        post("/process-definitions", {"bpmnProcessId": "invoice", "tasks": tasks[:2]})  # version 2
        fixtures: list[dict[str, Any]] = [
            {},
            {"elementId": "wait", "dueDate": "2030-01-01T00:00:00Z"},
            {"state": "activated", "worker": "w1", "deadline": "2030-01-01T00:00:00Z"},
            {"state": "failed", "retries": 0, "exceptionMessage": "boom", "exceptionTrace": "at x",
             "failedActivityId": "charge-card"},
            {"retries": 2, "exceptionMessage": "flaky", "dueDate": "2020-01-01T00:00:00.5+02:00"},
            {"suspended": True, "priority": 2**62, "batchId": "b1", "customHeaders": {"k": "v"}},
            {"state": "completed"},
            {"state": "error_thrown"},
        ]
        for tenant in (None, "tenant-a", "tenant-b"):
            for i in range(3):
                started = post("/process-instances", {
                    "bpmnProcessId": "invoice", "tenantId": tenant, "version": 1, "businessKey": f"order-{i}",
                    "variables": {"amount": i}, "jobs": fixtures,
                })
                SEEDED.instances[started["processInstanceKey"]] = (tenant, [job["key"] for job in started["jobs"]])
        # A pool of plain activatable jobs for the Zeebe activation and stateful tests.
        post("/load", {"instances": [{"bpmnProcessId": "invoice", "count": 500, "variables": {"n": 1}}]})


class _ErrorLog(logging.Handler):
    """Collects the ERROR records the app logs (on Schemathesis' event-loop thread) while a case runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


class Verifier:
    """Calls a case, runs every default Schemathesis check, and checks what the checks cannot see."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.errors = _ErrorLog()
        logging.getLogger().addHandler(self.errors)

    def close(self) -> None:
        logging.getLogger().removeHandler(self.errors)

    def __call__(self, spec: str, case: schemathesis.Case[Any]) -> None:
        negative = case.meta is not None and case.meta.generation.mode is GenerationMode.NEGATIVE
        before = self.snapshot.take() if negative else None
        self.errors.messages.clear()
        response = case.call()
        record(spec, case, response.status_code)
        case.validate_response(response, excluded_checks=AUTH_OFF_EXCLUDED)
        # A 5xx already fails above; an error logged with a 4xx would be a swallowed bug (for example a
        # NonConformingResponse from Connexion's response validation rendered as a client error).
        assert not self.errors.messages, f"{case.operation.label} logged errors: {self.errors.messages}"
        if before is not None and 400 <= response.status_code < 500:
            assert self.snapshot.take() == before, f"rejected {case.operation.label} changed the store"


_DIRECTORIES: list[str] = []


@functools.cache
def contract_app() -> AsyncApp:
    """The app under contract test (built once, at collection): response validation on, short long polls, seeded.

    Its SQLite file lives in a temporary directory that `close_contract_app` removes at the end of the session.
    """
    directory = tempfile.mkdtemp(prefix="jobgate-contract-")
    _DIRECTORIES.append(directory)
    app = create_app(Settings(database_url=f"sqlite:///{directory}/jobgate.db", validate_responses=True,
                              long_poll_timeout_ms=LONG_POLL_MS, probe_interval_ms=50))
    seed(app)
    _SEEDED_IMAGE.clear()
    image = sqlite3.connect(":memory:", check_same_thread=False)
    with contextlib.closing(sqlite3.connect(f"{directory}/jobgate.db")) as live:
        live.backup(image)
    _SEEDED_IMAGE.append((image, f"{directory}/jobgate.db"))
    return app


_SEEDED_IMAGE: list[tuple[sqlite3.Connection, str]] = []


def restore_seeded_store() -> None:
    """Put the contract app's store back to what seed() made (SQLite's online backup into the live file).

    Each stateful scenario starts from it: a link draws a value from an earlier response (a job key from an
    activation) or, when that response had none, generates one. With the store carried over from earlier
    scenarios, the pool of seeded jobs ran dry at some point, so a scenario that Hypothesis re-ran drew
    differently from its first run and the derandomised CI run stopped with FlakyStrategyDefinition. From the same
    store, the same steps get the same answers. Nothing is in flight between scenarios (their steps run one after
    another); the app's connections see the restored pages as they would any other process's write."""
    image, path = _SEEDED_IMAGE[0]
    with contextlib.closing(sqlite3.connect(path, timeout=30)) as live:
        image.backup(live)


def close_contract_app() -> None:
    """Stop the app's lifespan (store, hub) if Schemathesis left it running, and remove its database."""
    asgi.shutdown_lifespans()
    contract_app.cache_clear()
    while _DIRECTORIES:
        shutil.rmtree(_DIRECTORIES.pop(), ignore_errors=True)


def load(spec: str) -> OpenApiSchema:
    """The spec as the app serves it, bound to the app for in-process calls."""
    return schemathesis.openapi.from_asgi(SPECS[spec], contract_app())


def store_snapshot() -> Snapshot:
    return Snapshot(services_of(contract_app()).store)
