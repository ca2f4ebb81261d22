"""The role x operation matrix: every operation of every spec, called by a user of each role (HTTP Basic) and by a
token of each role (JWT): 403 where the role is not enough, anything but 401/403 where it is."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from jobgate.auth.permissions import Operation, operations
from jobgate.principal import IMPLIES, ROLES, Role

from .support import PASSWORD, ROLE_USERS, Keys

ROOT = Path(__file__).resolve().parents[2]


def allowed(role: Role, needed: Role) -> bool:
    return needed in IMPLIES[role]


def request_for(op: Operation) -> tuple[str, str, dict[str, object]]:
    """A cheap request for the operation: path parameters '1', no query, an empty JSON body where one is taken.
    Whether it is valid does not matter: authorization is decided before validation (a 400 means 'allowed')."""
    path = re.sub(r"\{[^}]+\}", "1", op.base + op.path)
    if op.operation_id == "activate_jobs":
        path += "?type=no-such-type&requestTimeout=-1"
    kwargs: dict[str, object] = {"json": {}} if op.method in ("POST", "PUT", "PATCH") else {}
    return op.method, path, kwargs


def test_every_operation_has_a_role() -> None:
    ops = operations()
    assert len(ops) >= 17 and {op.base for op in ops} == {"/engine-rest", "/zeebe", "/process/api/v1", "/v2", "/admin"}
    assert all(op.role in ROLES for op in ops)


def test_docs_show_the_role_table() -> None:
    text = (ROOT / "docs" / "security.md").read_text()
    rows = set(re.findall(r"^\| `(\w+)` \| `(\w+) ([^`]+)` \| (\w+) \|", text, flags=re.MULTILINE))
    assert rows == {(op.operation_id, op.method, op.base + op.path, op.role) for op in operations()}


@pytest.mark.parametrize("role", ROLES)
async def test_basic_user_of_each_role(anon: httpx.AsyncClient, role: Role) -> None:
    for op in operations():
        method, path, kwargs = request_for(op)
        r = await anon.request(method, path, auth=(ROLE_USERS[role], PASSWORD), **kwargs)  # type: ignore[arg-type]
        if allowed(role, op.role):
            assert r.status_code not in (401, 403), (role, op, r.status_code, r.text)
        else:
            assert r.status_code == 403, (role, op, r.status_code, r.text)


@pytest.mark.parametrize("role", ROLES)
async def test_token_of_each_role(anon: httpx.AsyncClient, keys: Keys, role: Role) -> None:
    headers = {"Authorization": f"Bearer {keys.token(roles=[role], tenants=['*'], sub=f'svc-{role}')}"}
    for op in operations():
        method, path, kwargs = request_for(op)
        r = await anon.request(method, path, headers=headers, **kwargs)  # type: ignore[arg-type]
        expected_ok = allowed(role, op.role)
        assert (r.status_code not in (401, 403)) if expected_ok else r.status_code == 403, (role, op, r.status_code)


async def test_a_token_without_roles_may_do_nothing(anon: httpx.AsyncClient, keys: Keys) -> None:
    headers = {"Authorization": f"Bearer {keys.token(roles=['superuser'])}"}
    for op in operations():
        method, path, kwargs = request_for(op)
        r = await anon.request(method, path, headers=headers, **kwargs)  # type: ignore[arg-type]
        assert r.status_code == 403, (op, r.status_code)


async def test_every_operation_needs_credentials(anon: httpx.AsyncClient) -> None:
    for op in operations():
        method, path, kwargs = request_for(op)
        r = await anon.request(method, path, **kwargs)  # type: ignore[arg-type]
        assert r.status_code == 401 and r.headers["WWW-Authenticate"], (op, r.status_code)


async def test_service_paths(anon: httpx.AsyncClient) -> None:
    assert (await anon.get("/health")).status_code == 200  # anonymous
    for base in ("/engine-rest", "/zeebe", "/process/api/v1", "/v2", "/admin"):  # specs and Swagger UI: anonymous
        assert (await anon.get(f"{base}/openapi.json")).status_code == 200
        assert (await anon.get(f"{base}/ui/")).status_code == 200
    assert (await anon.get("/metrics")).status_code == 401
    assert (await anon.get("/metrics", auth=(ROLE_USERS["reader"], PASSWORD))).status_code == 403
    assert (await anon.get("/metrics", auth=(ROLE_USERS["admin"], PASSWORD))).status_code == 200
    scraped = await anon.get("/metrics", headers={"Authorization": "Bearer metrics-scrape-token"})
    assert scraped.status_code == 200 and "jobgate_http_requests_total" in scraped.text
    assert PASSWORD not in scraped.text and "metrics-scrape-token" not in scraped.text
    assert (await anon.get("/metrics", headers={"Authorization": "Bearer metrics-scrape-tokeX"})).status_code == 401
    # An unknown path inside a dialect: authenticate first (as Camunda's filter does), then 404.
    assert (await anon.get("/engine-rest/nothing-here")).status_code == 401
    assert (await anon.get("/engine-rest/nothing-here", auth=(ROLE_USERS["worker"], PASSWORD))).status_code == 404
