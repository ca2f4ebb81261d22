"""Brute force gets 429 with Retry-After in each dialect's shape; verified credentials keep working; the address
map is bounded; credentials decode safely; JWKS from a local HTTP URL; claims map to principals."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from jobgate.auth.basic import BadCredentials, decode_basic
from jobgate.auth.jwt import TokenError, TokenVerifier
from jobgate.auth.limiter import FailureLimiter
from jobgate.main import create_app, services_of
from jobgate.principal import Principal
from jobgate.settings import Settings
from tests.conftest import sqlite_url

from .support import AUDIENCE, ISSUER, PASSWORD, ROLE_USERS, Keys, add_users


@pytest.fixture
async def strict_app(tmp_path: Path) -> AsyncIterator[Any]:
    app = create_app(Settings(database_url=sqlite_url(tmp_path), auth=True, auth_max_failures=3,
                              auth_failure_window_seconds=60))
    services = services_of(app)
    await services.start()
    add_users(services.store)
    yield app
    await services.stop()


async def test_repeated_failures_get_429_with_retry_after(strict_app: Any) -> None:
    transport = httpx.ASGITransport(app=strict_app, client=("203.0.113.7", 4711))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        good = (ROLE_USERS["admin"], PASSWORD)
        assert (await c.get("/engine-rest/job/count", auth=good)).status_code == 200  # verified, cached
        for _ in range(3):
            assert (await c.get("/engine-rest/job/count", auth=(ROLE_USERS["admin"], "guess"))).status_code == 401
        r = await c.get("/engine-rest/job/count", auth=(ROLE_USERS["admin"], "guess"))
        assert r.status_code == 429 and 55 <= int(r.headers["Retry-After"]) <= 60
        assert r.json()["type"] == "InvalidRequestException" and "Too many failed" in r.json()["message"]
        r = await c.get("/zeebe/jobs?type=x", auth=(ROLE_USERS["worker"], PASSWORD))  # not verified before
        assert r.status_code == 429 and r.json()["data"] is None and r.headers["Retry-After"]
        r = await c.get("/process/api/v1/process-instances/1/jobs", headers={"Authorization": "Bearer x"})
        assert r.status_code == 401  # no tokens configured: refused without a check
        r = await c.get("/process/api/v1/process-instances/1/jobs", auth=("x", "y"))
        assert r.status_code == 429 and r.json()["o:errorCode"] == "OPA-429" and r.json()["detail"] == \
            "Too many requests"
        r = await c.get("/admin/users", auth=("x", "y"))
        assert r.status_code == 429 and r.headers["content-type"] == "application/problem+json"
        # Credentials verified before the block keep working (a worker behind the same NAT is not locked out).
        assert (await c.get("/engine-rest/job/count", auth=good)).status_code == 200
    other = httpx.ASGITransport(app=strict_app, client=("198.51.100.1", 1))
    async with httpx.AsyncClient(transport=other, base_url="http://t") as c:  # another address is not blocked
        assert (await c.get("/zeebe/jobs?type=x&requestTimeout=-1",
                            auth=(ROLE_USERS["worker"], PASSWORD))).status_code == 200


def test_limiter_window_and_bounded_memory() -> None:
    limiter = FailureLimiter(max_failures=2, window=10, max_addresses=100)
    assert not limiter.fail("a", now=0) and limiter.fail("a", now=1)
    assert limiter.retry_after("a", now=5) == 5 and limiter.retry_after("a", now=10) is None
    assert limiter.retry_after("b", now=5) is None
    for i in range(1000):
        limiter.fail(f"10.0.{i // 256}.{i % 256}", now=20)
    assert len(limiter) == 100


@pytest.mark.parametrize("value", ["", "=", "a", "YQ", "!!!!", "YTpi" * 2000, "\x00\x01", "w6k6w6k="])
def test_decode_basic_never_raises_anything_else(value: str) -> None:
    try:
        name, password = decode_basic(value)
    except BadCredentials:
        return
    assert isinstance(name, str) and isinstance(password, str)


def test_decode_basic_splits_at_the_first_colon() -> None:
    assert decode_basic("dTpwOnc6eA==") == ("u", "p:w:x")


@pytest.fixture
def jwks_url(keys: Keys) -> Iterator[str]:
    body = json.dumps(keys.jwks()).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/realms/jobgate/certs"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def keys() -> Keys:
    return Keys()


async def test_jwks_from_a_url_and_claims(keys: Keys, jwks_url: str) -> None:
    verifier = TokenVerifier(Settings(jwt_jwks=jwks_url, jwt_issuer=ISSUER, jwt_audience=AUDIENCE,
                                      jwt_roles_claim="realm_access.roles", jwt_name_claim="preferred_username"))
    token = keys.token(preferred_username="kc-user", realm_access={"roles": ["worker", "offline_access"]},
                       tenants=["tenant-a", "tenant-b"])
    assert await verifier.verify(token) == Principal("kc-user", frozenset({"worker"}),
                                                     frozenset({"tenant-a", "tenant-b"}))
    star = keys.token(alg="ES256", preferred_username="ops", realm_access={"roles": "reader operator"},
                      tenants=["*"])
    assert await verifier.verify(star) == Principal("ops", frozenset({"reader", "operator"}), None)
    none = keys.token(preferred_username="t")
    assert (await verifier.verify(none)).tenants == frozenset() and (await verifier.verify(none)).roles == frozenset()
    with pytest.raises(TokenError):
        await verifier.verify(keys.token(sub="x"))  # no preferred_username
    with pytest.raises(TokenError):
        await verifier.verify(keys.token(key=keys.other, preferred_username="x"))


async def test_jwks_unreachable_refuses_tokens(keys: Keys) -> None:
    verifier = TokenVerifier(Settings(jwt_jwks="http://127.0.0.1:9/nothing", jwt_issuer=ISSUER,
                                      jwt_audience=AUDIENCE))
    with pytest.raises(TokenError):
        await verifier.verify(keys.token())


def test_jwt_needs_issuer_and_audience() -> None:
    with pytest.raises(ValueError, match="JOBGATE_JWT_ISSUER"):
        Settings(jwt_jwks="/tmp/jwks.json")
