"""The console with authentication on: login and logout through the users store, readers read and cannot act
(buttons hidden and the POST refused), operators act, tenants see only their jobs, JWT-only roles and workers
cannot sign in, sessions end when the password changes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from jobgate.auth import users
from jobgate.auth.passwords import hash_password
from jobgate.main import services_of
from tests.auth.support import PASSWORD, ROLE_USERS

from .conftest import TENANT_OPERATOR
from .support import csrf, login, post

ADMIN = ("admin-user", PASSWORD)
PAGES = ("/console", "/console/incidents", "/console/jobs")


async def _incident(anon: httpx.AsyncClient, uniq: str, tenant: str | None = None) -> dict[str, Any]:
    tenant_field = {"tenantId": tenant} if tenant else {}
    r = await anon.post("/admin/process-definitions", auth=ADMIN,
                        json={"bpmnProcessId": uniq, "tasks": [{"elementId": "a", "type": f"{uniq}-a"}],
                              **tenant_field})
    assert r.status_code == 201, r.text
    r = await anon.post("/admin/process-instances", auth=ADMIN, json={
        "bpmnProcessId": uniq, **tenant_field,
        "jobs": [{"state": "failed", "retries": 0, "exceptionMessage": "boom", "exceptionTrace": "at x"}]})
    assert r.status_code == 201, r.text
    return dict(r.json())


async def _retries(anon: httpx.AsyncClient, job: int) -> int:
    r = await anon.get(f"/engine-rest/job/{job}", auth=ADMIN)
    assert r.status_code == 200, r.text
    return int(r.json()["retries"])


async def test_pages_need_a_login(anon: httpx.AsyncClient, uniq: str) -> None:
    job = (await _incident(anon, uniq))["jobs"][0]["key"]
    for path in (*PAGES, f"/console/jobs/{job}", "/console/instances/1"):
        r = await anon.get(path)
        assert r.status_code == 303 and r.headers["location"] == "/console/login", path
    r = await anon.get("/console/login")
    assert r.status_code == 200 and 'id="sign-in"' in r.text
    token = await csrf(anon)
    r = await anon.post(f"/console/jobs/{job}/retries", data={"csrf": token, "retries": "3"})
    assert r.status_code == 403
    # Basic credentials are for the API: the console takes only its own session.
    r = await anon.post(f"/console/jobs/{job}/retries", data={"csrf": token, "retries": "3"}, auth=ADMIN)
    assert r.status_code == 403 and await _retries(anon, job) == 0
    assert (await anon.get("/console/static/console.css")).status_code == 200


async def test_login_and_logout(anon: httpx.AsyncClient) -> None:
    r = await login(anon, "operator-user", PASSWORD)
    assert r.status_code == 303 and r.headers["location"] == "/console"
    assert "samesite=strict" in r.headers["set-cookie"].lower() and "httponly" in r.headers["set-cookie"].lower()
    page = await anon.get("/console")
    assert page.status_code == 200 and '<span id="user">operator-user</span>' in page.text
    old_cookie = anon.cookies.get("jobgate_console")
    r = await anon.post("/console/logout", data={"csrf": await csrf(anon, "/console")})
    assert r.status_code == 303 and r.headers["location"] == "/console/login"
    assert (await anon.get("/console")).status_code == 303
    # The old cookie, replayed after logout, is dead.
    async with httpx.AsyncClient(transport=anon._transport, base_url="http://testserver",
                                 cookies={"jobgate_console": old_cookie or ""}) as replay:
        assert (await replay.get("/console")).status_code == 303


async def test_logout_needs_the_csrf_token(anon: httpx.AsyncClient) -> None:
    await login(anon, "reader-user", PASSWORD)
    assert (await anon.post("/console/logout", data={})).status_code == 403
    assert (await anon.get("/console")).status_code == 200


@pytest.mark.parametrize(("name", "password", "status"), [
    ("operator-user", "wrong", 401), ("nobody", PASSWORD, 401), ("", "", 401), ("a:b", "x", 401),
    ("worker-user", PASSWORD, 403),
])
async def test_failed_logins(anon: httpx.AsyncClient, name: str, password: str, status: int) -> None:
    r = await login(anon, name, password)
    assert r.status_code == status and 'id="error"' in r.text
    assert (await anon.get("/console")).status_code == 303


async def test_login_needs_the_csrf_token(anon: httpx.AsyncClient) -> None:
    r = await anon.post("/console/login", data={"name": "operator-user", "password": PASSWORD})
    assert r.status_code == 403
    assert (await anon.get("/console")).status_code == 303


async def test_reader_reads_but_cannot_act(anon: httpx.AsyncClient, uniq: str) -> None:
    job = (await _incident(anon, uniq))["jobs"][0]["key"]
    await login(anon, "reader-user", PASSWORD)
    for path in (*PAGES, f"/console/jobs/{job}"):
        r = await anon.get(path)
        assert r.status_code == 200, path
        assert "read-only" in r.text
    page = await anon.get(f"/console/jobs/{job}")
    assert 'id="actions"' not in page.text and "/retries" not in page.text
    for action, data in (("retries", {"retries": "5"}), ("resubmit", {}), ("suspend", {}), ("activate", {})):
        r = await post(anon, f"/console/jobs/{job}/{action}", **data)
        assert r.status_code == 403, action
    assert await _retries(anon, job) == 0


@pytest.mark.parametrize("role", ["operator", "admin"])
async def test_operator_acts(anon: httpx.AsyncClient, uniq: str, role: str) -> None:
    job = (await _incident(anon, uniq))["jobs"][0]["key"]
    await login(anon, ROLE_USERS[role], PASSWORD)  # type: ignore[index]
    assert 'id="actions"' in (await anon.get(f"/console/jobs/{job}")).text
    r = await post(anon, f"/console/jobs/{job}/retries", retries="2")
    assert r.status_code == 303 and await _retries(anon, job) == 2
    assert (await post(anon, f"/console/jobs/{job}/suspend")).status_code == 303
    r = await anon.get(f"/engine-rest/job/{job}", auth=ADMIN)
    assert r.json()["suspended"] is True


async def test_tenants_see_only_their_jobs(anon: httpx.AsyncClient, uniq: str) -> None:
    mine = await _incident(anon, uniq, tenant="tenant-a")
    theirs = await _incident(anon, uniq + "b", tenant="tenant-b")
    await login(anon, TENANT_OPERATOR, PASSWORD)
    mine_job, their_job = mine["jobs"][0]["key"], theirs["jobs"][0]["key"]
    incidents = (await anon.get("/console/incidents")).text
    assert str(mine_job) in incidents and str(their_job) not in incidents
    overview = (await anon.get("/console")).text
    assert f"{uniq}-a" in overview and f"{uniq}b-a" not in overview
    assert "of 0" in (await anon.get("/console/jobs", params={"tenant": "tenant-b"})).text
    assert (await anon.get(f"/console/jobs/{their_job}")).status_code == 404
    assert (await anon.get(f"/console/instances/{theirs['processInstanceKey']}")).status_code == 404
    assert (await anon.get(f"/console/instances/{mine['processInstanceKey']}")).status_code == 200
    for action, data in (("retries", {"retries": "5"}), ("resubmit", {}), ("suspend", {})):
        assert (await post(anon, f"/console/jobs/{their_job}/{action}", **data)).status_code == 404
    assert await _retries(anon, their_job) == 0
    assert (await post(anon, f"/console/jobs/{mine_job}/retries", retries="1")).status_code == 303


async def test_password_change_ends_the_session(anon: httpx.AsyncClient, auth_app: Any) -> None:
    store = services_of(auth_app).store
    with store.write() as conn:
        users.put_user(conn, name="changing-user", password_hash=hash_password("first password"),
                       roles=frozenset({"reader"}), tenants=None, now=1)
    await login(anon, "changing-user", "first password")
    assert (await anon.get("/console")).status_code == 200
    with store.write() as conn:
        users.put_user(conn, name="changing-user", password_hash=hash_password("second password"),
                       roles=frozenset({"reader"}), tenants=None, now=2)
    assert (await anon.get("/console")).status_code == 303


async def test_role_taken_away_ends_the_session(anon: httpx.AsyncClient, auth_app: Any) -> None:
    store = services_of(auth_app).store
    hashed = hash_password("a password")
    with store.write() as conn:
        users.put_user(conn, name="demoted-user", password_hash=hashed, roles=frozenset({"operator"}), tenants=None,
                       now=1)
    await login(anon, "demoted-user", "a password")
    assert "read-only" not in (await anon.get("/console")).text
    with store.write() as conn:
        users.put_user(conn, name="demoted-user", password_hash=None, roles=frozenset({"reader"}), tenants=None,
                       now=2)
    assert "read-only" in (await anon.get("/console")).text
    with store.write() as conn:
        users.put_user(conn, name="demoted-user", password_hash=None, roles=frozenset({"worker"}), tenants=None,
                       now=3)
    assert (await anon.get("/console")).status_code == 303


async def test_forged_cookie_is_no_session(anon: httpx.AsyncClient) -> None:
    await login(anon, "reader-user", PASSWORD)
    value = anon.cookies.get("jobgate_console") or ""
    body, _, mac = value.partition(".")
    for forged in (f"{body}.{mac[:-2]}AA", f"{body}x.{mac}", "garbage", "a.b.c", "x" * 5000):
        anon.cookies.set("jobgate_console", forged, path="/console")
        assert (await anon.get("/console")).status_code == 303, forged
