"""401 and 403 in each dialect's shape: wrong password, unknown user, malformed header, wrong scheme, bad tokens;
bad header bytes never give a 500; failures are logged with user and address, never with the password."""

from __future__ import annotations

import base64
import logging
import time

import httpx
import pytest

from .support import PASSWORD, ROLE_USERS, Keys

CALLS = {  # one reader-or-worker operation per dialect
    "camunda7": ("GET", "/engine-rest/job/count"),
    "zeebe": ("GET", "/zeebe/jobs?type=x&requestTimeout=-1"),
    "opa": ("GET", "/process/api/v1/process-instances/1/jobs"),
    "admin": ("GET", "/admin/users"),
}
OPA_401 = ("The request is not authorized. The authentication credentials included with this request are missing "
           "or invalid.")


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


BAD_HEADERS: list[dict[str, str | bytes]] = [
    {},  # none
    basic(ROLE_USERS["admin"], "wrong password"),
    basic("no-such-user", PASSWORD),
    basic("", PASSWORD),
    {"Authorization": "Basic"},
    {"Authorization": "Basic !!!not-base64!!!"},
    {"Authorization": "Basic " + base64.b64encode(b"no-colon-here").decode()},
    {"Authorization": b"Basic " + base64.b64encode(b"\xff\xfe:\xff")},  # not UTF-8 once decoded
    {"Authorization": b"Basic \xff\xfe\xfd"},  # not even ASCII
    {"Authorization": "Basic " + "QUFB" * 5000},  # huge
    {"Authorization": "Digest username=\"admin-user\", realm=\"default\""},
    {"Authorization": "Bearer not.a.jwt"},
    {"Authorization": "Bearer " + "x" * 20000},
    {"Authorization": "Bearer"},
    {"Authorization": "   "},
]


def assert_401(dialect: str, r: httpx.Response, *, invalid_token: bool = False) -> None:
    assert r.status_code == 401, r.text
    challenges = r.headers.get_list("WWW-Authenticate")
    if dialect == "camunda7":
        assert challenges == ['Basic realm="default"'] and r.content == b"" and "content-type" not in r.headers
        return
    assert 'Basic realm="jobgate", charset="UTF-8"' in challenges
    token_challenge = 'Bearer realm="jobgate", error="invalid_token"' if invalid_token else 'Bearer realm="jobgate"'
    assert token_challenge in challenges
    body = r.json()
    if dialect == "zeebe":
        assert body == {"data": None, "error": "Unauthorized"}
    elif dialect == "opa":
        assert body == {"type": "https://www.rfc-editor.org/rfc/rfc9110#status.401", "title": "Unauthorized",
                        "status": 401, "detail": OPA_401, "o:errorCode": "OPA-401"}
    else:
        assert r.headers["content-type"] == "application/problem+json"
        assert body["title"] == "Unauthorized" and body["status"] == 401 and body["type"] == "about:blank"


@pytest.mark.parametrize("dialect", CALLS)
@pytest.mark.parametrize("headers", BAD_HEADERS, ids=range(len(BAD_HEADERS)))
async def test_bad_credentials_get_the_dialects_401(anon: httpx.AsyncClient, dialect: str,
                                                    headers: dict[str, str | bytes]) -> None:
    method, path = CALLS[dialect]
    r = await anon.request(method, path, headers=headers)
    value = headers.get("Authorization", b"")
    token = (value if isinstance(value, bytes) else value.encode()).startswith(b"Bearer")
    assert_401(dialect, r, invalid_token=token)


@pytest.mark.parametrize("dialect", CALLS)
async def test_bad_tokens_get_401(anon: httpx.AsyncClient, keys: Keys, dialect: str) -> None:
    method, path = CALLS[dialect]
    now = int(time.time())
    bad = {
        "wrong signature": keys.token(key=keys.other, roles=["admin"]),
        "wrong issuer": keys.token(iss="https://evil.example.test", roles=["admin"]),
        "wrong audience": keys.token(aud="someone-else", roles=["admin"]),
        "expired": keys.token(exp=now - 3600, iat=now - 7200, roles=["admin"]),
        "no expiry": keys.token(exp=None, roles=["admin"]),
        "unknown key id": keys.token(kid="rotated-away", roles=["admin"]),
        "EC key, RSA header": keys.token(alg="ES256", kid="rsa-1", roles=["admin"]),
        "alg none": "eyJhbGciOiJub25lIiwia2lkIjoicnNhLTEifQ.eyJzdWIiOiJ4In0.",
    }
    for reason, token in bad.items():
        r = await anon.request(method, path, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401, reason
        assert_401(dialect, r, invalid_token=True)
    for alg in ("RS256", "ES256"):  # the good ones pass
        good = keys.token(alg=alg, roles=["admin"], tenants=["*"])
        r = await anon.request(method, path, headers={"Authorization": f"bearer {good}"})
        assert r.status_code not in (401, 403), (alg, r.text)


async def test_403_bodies(anon: httpx.AsyncClient) -> None:
    worker = (ROLE_USERS["worker"], PASSWORD)
    r = await anon.get("/engine-rest/job", auth=worker)
    assert r.status_code == 403 and r.json() == {
        "type": "AuthorizationException",
        "message": "The user with id 'worker-user' does not have one of the following permissions: 'READ' "
                   "permission on resource 'ProcessInstance' or 'READ_INSTANCE' permission on resource "
                   "'ProcessDefinition'",
        "code": 0, "userId": "worker-user", "resourceName": None, "resourceId": None, "permissionName": None,
        "missingAuthorizations": [
            {"permissionName": "READ", "resourceName": "ProcessInstance", "resourceId": None},
            {"permissionName": "READ_INSTANCE", "resourceName": "ProcessDefinition", "resourceId": None}],
    }
    r = await anon.post("/engine-rest/job-definition", json={}, auth=worker)
    assert r.status_code == 403
    assert r.json()["message"] == ("The user with id 'worker-user' does not have one of the following permissions: "
                                   "'READ' permission on resource 'ProcessDefinition'")
    assert (r.json()["permissionName"], r.json()["resourceName"]) == ("READ", "ProcessDefinition")
    reader = (ROLE_USERS["reader"], PASSWORD)
    r = await anon.get("/zeebe/jobs?type=x", auth=reader)
    assert r.status_code == 403 and r.json() == {"data": None, "error": "Insufficient permissions to perform "
                                                 "operation 'UPDATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION'"}
    r = await anon.post("/process/api/v1/process-instances/1/jobs/2", auth=reader)
    assert r.status_code == 403 and r.json() == {
        "type": "https://www.rfc-editor.org/rfc/rfc9110#status.403", "title": "Forbidden", "status": 403,
        "detail": "The user does not have authorization to perform this request.", "o:errorCode": "OPA-403"}
    r = await anon.post("/admin/load", json={}, auth=(ROLE_USERS["operator"], PASSWORD))
    assert r.status_code == 403 and r.headers["content-type"] == "application/problem+json"
    assert r.json() == {"type": "about:blank", "title": "Forbidden", "status": 403,
                        "detail": "The user 'operator-user' lacks the role 'admin' this operation needs."}
    assert "www-authenticate" not in r.headers


async def test_unauthenticated_requests_do_not_reach_validation(anon: httpx.AsyncClient) -> None:
    # A 401 comes before any 400 (nothing about the request is looked at first), and nothing is written.
    r = await anon.post("/admin/process-definitions", content=b"\xff not json", headers={"Content-Type": "x/y"})
    assert r.status_code == 401


async def test_failures_are_logged_without_the_password(anon: httpx.AsyncClient,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    secret = "hunter2-Secret!"
    with caplog.at_level(logging.INFO, logger="jobgate"):
        r = await anon.get("/engine-rest/job/count", headers=basic(ROLE_USERS["reader"], secret))
        assert r.status_code == 401
        ok = await anon.get("/engine-rest/job/count", auth=(ROLE_USERS["reader"], PASSWORD))
        assert ok.status_code == 200
    text = "\n".join(rec.getMessage() for rec in caplog.records)
    assert "user=reader-user address=127.0.0.1" in text
    assert secret not in text and PASSWORD not in text and base64.b64encode(secret.encode()).decode() not in text
    assert sum("authentication failed" in rec.getMessage() for rec in caplog.records) == 1  # success: not logged
