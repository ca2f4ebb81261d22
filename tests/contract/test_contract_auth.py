"""Schemathesis with authentication on: every spec, an admin's Basic credentials on every case, every default check
including `ignored_auth` (the same operation without credentials, and with wrong ones, must get 401 or 403).

A bounded run (JOBGATE_CONTRACT_AUTH_EXAMPLES examples per operation, default 10): the full fuzzing runs with
authentication off in the other contract modules; this one checks what authentication adds.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from connexion import AsyncApp
from hypothesis import settings
from schemathesis.auths import apply_basic_auth
from schemathesis.generation.modes import GenerationMode

from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from tests.auth.support import PASSWORD, ROLE_USERS, add_users

from .support import LONG_POLL_MS, PROFILE, SPECS

ADMIN = ROLE_USERS["admin"]
AUTH_PROFILE = settings(PROFILE, max_examples=int(os.environ.get("JOBGATE_CONTRACT_AUTH_EXAMPLES", "10")))


@functools.cache
def auth_app() -> AsyncApp:
    directory = tempfile.mkdtemp(prefix="jobgate-contract-auth-")
    app = create_app(Settings(database_url=f"sqlite:///{directory}/jobgate.db", validate_responses=True,
                              long_poll_timeout_ms=LONG_POLL_MS, probe_interval_ms=50, auth=True,
                              auth_max_failures=1_000_000))  # the probes send wrong credentials on purpose
    services = services_of(app)
    services.store.create_schema()
    add_users(services.store)
    _DIRECTORIES.append(directory)
    return app


_DIRECTORIES: list[str] = []


@pytest.fixture(scope="module", autouse=True)
def _cleanup() -> Iterator[None]:
    yield
    while _DIRECTORIES:
        shutil.rmtree(_DIRECTORIES.pop(), ignore_errors=True)


def _schema(dialect: str) -> Any:
    """Positive data only, from the spec's examples and fuzzing: invalid data is the auth-off runs' business, and
    each wrong password costs a KDF run."""
    schema = schemathesis.openapi.from_asgi(SPECS[dialect], auth_app())
    schema.config.generation.update(modes=[GenerationMode.POSITIVE])
    schema.config.phases.update(phases=["examples", "fuzzing"])
    schema.config.update(request_timeout=60)  # a wrong password costs a KDF run: slow on a busy machine
    return schema


def _check(case: schemathesis.Case[Any]) -> None:
    if case.path_parameters and case.path_parameters.get("name") == ADMIN:
        case.path_parameters["name"] = "not-" + ADMIN  # keep the run's own credentials
    apply_basic_auth(case, ADMIN, PASSWORD)
    response = case.call()
    case.validate_response(response)


camunda7 = _schema("camunda7")
zeebe = _schema("zeebe")
opa = _schema("opa")
camunda8 = _schema("camunda8")
admin = _schema("admin")


@camunda7.parametrize()
@AUTH_PROFILE
def test_camunda7_with_auth(case: schemathesis.Case[Any]) -> None:
    _check(case)


@zeebe.parametrize()
@AUTH_PROFILE
def test_zeebe_with_auth(case: schemathesis.Case[Any]) -> None:
    _check(case)


@opa.parametrize()
@AUTH_PROFILE
def test_opa_with_auth(case: schemathesis.Case[Any]) -> None:
    _check(case)


@camunda8.parametrize()
@AUTH_PROFILE
def test_camunda8_with_auth(case: schemathesis.Case[Any]) -> None:
    _check(case)


@admin.parametrize()
@AUTH_PROFILE
def test_admin_with_auth(case: schemathesis.Case[Any]) -> None:
    _check(case)
