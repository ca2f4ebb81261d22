"""A removed user or a changed password stops working within the cache period, also when the change comes from
another process (the CLI); the admin users API; passwords never come back."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from typing import Any

import httpx

from jobgate.auth import users
from jobgate.auth.passwords import hash_password
from jobgate.main import services_of
from jobgate.settings import Settings

from .support import PASSWORD, ROLE_USERS

TTL = 0.5  # auth_cache_seconds in conftest.py


async def wait_for_status(client: httpx.AsyncClient, auth: tuple[str, str], status: int) -> float:
    """Seconds until a GET /engine-rest/job/count *sent* then answers `status` with these credentials (the answer
    itself may take one KDF run longer: argon2id on a busy machine)."""
    start = time.monotonic()
    while time.monotonic() - start < 10:
        sent = time.monotonic() - start
        if (await client.get("/engine-rest/job/count", auth=auth)).status_code == status:
            return sent
        await asyncio.sleep(0.05)
    raise AssertionError(f"still not {status} after 10 s")


def cli(settings: Settings, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jobgate.cli", "user", *args, "--database-url",
                           settings.database_url], input=stdin, capture_output=True, text=True, timeout=60)


async def test_store_changes_take_effect_within_the_ttl(auth_app: Any, anon: httpx.AsyncClient) -> None:
    store = services_of(auth_app).store
    with store.write() as conn:
        users.put_user(conn, name="temp", password_hash=hash_password("old"), roles=frozenset({"reader"}),
                       tenants=frozenset(), now=1)
    assert (await anon.get("/engine-rest/job/count", auth=("temp", "old"))).status_code == 200
    with store.write() as conn:  # roles change without a new password: renewed from the row, no KDF needed
        users.put_user(conn, name="temp", password_hash=None, roles=frozenset({"worker"}), tenants=None, now=2)
    assert await wait_for_status(anon, ("temp", "old"), 403) < TTL + 1
    with store.write() as conn:
        users.set_password(conn, name="temp", password_hash=hash_password("new"), now=3)
    assert await wait_for_status(anon, ("temp", "old"), 401) < TTL + 1
    assert (await anon.get("/zeebe/jobs?type=x&requestTimeout=-1", auth=("temp", "new"))).status_code == 200
    with store.write() as conn:
        users.remove_user(conn, name="temp")
    assert await wait_for_status(anon, ("temp", "new"), 401) < TTL + 1


async def test_cli_changes_from_another_process(auth_app: Any, anon: httpx.AsyncClient) -> None:
    settings = services_of(auth_app).settings
    added = cli(settings, "add", "cli-user", "--role", "reader", "--tenant", "tenant-a", "--password-stdin",
                stdin="first pass\n")
    assert added.returncode == 0, added.stderr
    assert "first pass" not in added.stdout + added.stderr
    assert (await anon.get("/engine-rest/job/count", auth=("cli-user", "first pass"))).status_code == 200
    listed = cli(settings, "list")
    assert "cli-user\troles=reader\ttenants=tenant-a" in listed.stdout and "$argon2" not in listed.stdout
    changed = cli(settings, "passwd", "cli-user", "--password-stdin", stdin="second pass\n")
    assert changed.returncode == 0, changed.stderr
    assert await wait_for_status(anon, ("cli-user", "first pass"), 401) < TTL + 1
    assert (await anon.get("/engine-rest/job/count", auth=("cli-user", "second pass"))).status_code == 200
    removed = cli(settings, "remove", "cli-user")
    assert removed.returncode == 0, removed.stderr
    assert await wait_for_status(anon, ("cli-user", "second pass"), 401) < TTL + 1
    assert cli(settings, "remove", "cli-user").returncode == 1
    assert cli(settings, "add", "x", "--role", "reader").returncode == 1  # no --password-stdin
    assert cli(settings, "add", "x", "--role", "root", "--password-stdin", stdin="p\n").returncode == 1


async def test_admin_users_api(anon: httpx.AsyncClient) -> None:
    admin = (ROLE_USERS["admin"], PASSWORD)
    r = await anon.put("/admin/users/api-user", json={"roles": ["operator"], "tenants": ["tenant-b"]}, auth=admin)
    assert r.status_code == 400 and "needs a password" in r.json()["detail"]
    r = await anon.put("/admin/users/api-user", json={"password": "pw 1", "roles": ["operator"],
                                                       "tenants": ["tenant-b"]}, auth=admin)
    assert r.status_code == 201
    assert r.json() == {"name": "api-user", "roles": ["operator"], "tenants": ["tenant-b"], "allTenants": False}
    assert (await anon.get("/process/api/v1/process-instances/1/jobs", auth=("api-user", "pw 1"))).status_code == 404
    r = await anon.put("/admin/users/api-user", json={"roles": ["reader", "worker"], "allTenants": True}, auth=admin)
    assert r.status_code == 200 and r.json()["allTenants"] is True and r.json()["roles"] == ["reader", "worker"]
    r = await anon.put("/admin/users/api-user", json={"roles": ["reader"], "allTenants": True, "tenants": ["a"]},
                       auth=admin)
    assert r.status_code == 400
    listed = await anon.get("/admin/users", auth=admin)
    assert listed.status_code == 200 and "api-user" in {u["name"] for u in listed.json()}
    assert "pw 1" not in listed.text and "argon2" not in listed.text and "password" not in listed.text
    assert (await anon.get("/admin/users/api-user", auth=admin)).json()["roles"] == ["reader", "worker"]
    assert (await anon.delete("/admin/users/api-user", auth=admin)).status_code == 204
    assert (await anon.delete("/admin/users/api-user", auth=admin)).status_code == 404
    assert (await anon.get("/admin/users/api-user", auth=admin)).status_code == 404
    assert (await anon.get("/admin/users/bad:name", auth=admin)).status_code == 400
    assert await wait_for_status(anon, ("api-user", "pw 1"), 401) < TTL + 1


async def test_cached_credentials_skip_decoding(anon: httpx.AsyncClient, monkeypatch: Any) -> None:
    """A repeated Authorization header is found in the cache by its HMAC before any base64 or KDF work; other
    credentials of the same user are not (a wrong password still fails, also while the right one is cached)."""
    from jobgate.auth import middleware

    decoded: list[str] = []
    real = middleware.decode_basic

    def counting(value: str) -> tuple[str, str]:
        decoded.append(value)
        return real(value)

    monkeypatch.setattr(middleware, "decode_basic", counting)
    user = ROLE_USERS["reader"]
    for _ in range(3):
        assert (await anon.get("/engine-rest/job/count", auth=(user, PASSWORD))).status_code == 200
    assert len(decoded) <= 1  # at most the first request (an earlier test may have cached it already)
    before = len(decoded)
    assert (await anon.get("/engine-rest/job/count", auth=(user, PASSWORD + "x"))).status_code == 401
    assert len(decoded) == before + 1  # decoded and verified, not answered from the right password's entry
    too_long = "Basic " + "A" * 4096
    assert (await anon.get("/engine-rest/job/count", headers={"Authorization": too_long})).status_code == 401
