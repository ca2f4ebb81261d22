"""The Zeebe worker API (/zeebe) on the in-process app: error bodies and bad input (issue 4).

Bad input of any kind is a 400 in Zeebe's shape that names the problem, and changes nothing: each test
checks the job afterwards, so a partial write, a 500 or a lost lease fails it.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from connexion.spec import Specification

from jobgate.api.validation import CachedJSONBodyValidator
from jobgate.api.zeebe_format import _discriminated_by_status
from jobgate.main import OPENAPI_DIR
from tests.api.zeebe_support import activate, assert_error, c7_job, jobs_of, patch, setup


@pytest.mark.parametrize("text", ["abc", "5", "1d", "-5s", "5m30", "PT", "P1Y", "1.5s", "0ms", "PT0S", ""])
async def test_job_timeout_garbage_is_400_and_claims_nothing(client: httpx.AsyncClient, admin: Any, uniq: str,
                                                             text: str) -> None:
    """A bad jobTimeout (a zero lease too) is a 400 in Zeebe's shape, and the job stays claimable."""
    await setup(admin, uniq)
    assert "jobTimeout" in assert_error(await activate(client, uniq, jobTimeout=text), 400)
    assert len(await jobs_of(client, uniq)) == 1


async def test_unknown_key_404_and_completed_twice_409(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """The exact Zeebe error bodies: 404 for a key no job has, 409 for a second completion."""
    await setup(admin, uniq)
    r = await patch(client, 2**52 + 12345, {"status": "completed"})
    assert r.json() == {"data": None, "error": f"Job with key {2**52 + 12345} not found."}
    assert r.status_code == 404 and r.headers["content-type"] == "application/json"
    (job,) = await jobs_of(client, uniq)
    assert (await patch(client, job["key"], {"status": "completed"})).status_code == 204
    r = await patch(client, job["key"], {"status": "completed"})
    assert r.status_code == 409
    assert r.json() == {"data": None, "error": f"Cannot complete job with key {job['key']}: it is completed, "
                                               "not activated."}


async def test_patch_without_content_type_is_understood(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """A JSON body sent with no Content-Type is taken as JSON (it was a 500 before: the handler got bytes)."""
    await setup(admin, uniq)
    (job,) = await jobs_of(client, uniq)
    r = await client.patch(f"/zeebe/jobs/{job['key']}", content=b'{"status": "failed", "retries": 1}')
    assert r.status_code == 204, r.text
    assert (await jobs_of(client, uniq))[0]["retries"] == 1


async def test_unencodable_stored_variables_do_not_lose_the_lease(client: httpx.AsyncClient, admin: Any, store: Any,
                                                                  uniq: str) -> None:
    """Variables another API stored beyond what orjson encodes (a 70-bit integer) must still be delivered
    (as a string) instead of a 500 after the claim, which would strand the leased job."""
    import sqlalchemy as sa

    from jobgate.store.tables import PROCESS_INSTANCE

    _, started = await setup(admin, uniq, variables={"n": 1})

    def poison(conn: Any) -> None:
        conn.execute(sa.update(PROCESS_INSTANCE).where(PROCESS_INSTANCE.c.key == started["processInstanceKey"])
                     .values(variables={"n": 2**70, "ok": 1}))

    await store.writing(poison)
    (job,) = await jobs_of(client, uniq)
    assert job["variables"] == {"n": str(2**70), "ok": 1}


# -- invalid input: 400 in Zeebe's shape, nothing changes ----------------------------------------------------

BAD_BODIES = [
    (b'{"status": "done"}', "Expected body property `status` to be one of `[completed,failed,error_thrown]`, "
                            "but it's `done`."),
    (b'{"status": "failed"}', "Expected body property `retries` to be provided, but it's null or undefined."),
    (b'{"status": "failed", "retries": null}', "Expected body property `retries` to be provided"),
    (b'{"status": "error_thrown"}', "Expected body property `errorCode` to be provided, but it's null or undefined."),
    (b'{"retries": 1}', "Expected body property `status` to be one of"),
    (b'{"status": "failed", "retries": 99999999999}', "retries"),
    (b'{"status": "failed", "retries": -1}', "retries"),
    (b'{"status": "failed", "retries": 1.5}', "retries"),
    (b'{"status": "failed", "retries": 1, "retryBackoff": "soon"}', "retryBackoff"),
    (b'{"status": "completed", "variables": [1]}', "variables"),
    (b'{"status": "completed", "variables": {"n": 123456789012345678901234567890}}', "variables"),
    (b'{"status": "completed", "variables": {"n": 1e400}}', "variables"),
    (b'{"status": "completed", "variables": {"n": ' + b"[" * 150 + b"]" * 150 + b"}}", "variables"),
    (b'{"status": "completed", "variables": {"n": ' + b"[" * 5000 + b"]" * 5000 + b"}}", "nested too deeply"),
    (b'{"status": "completed"', "not valid JSON"),
    (b"status=completed", "not valid JSON"),
    (b"[]", "Invalid body"),
    (b"null", "must not be empty"),
    (b"", "required"),
]


@pytest.mark.parametrize(("body", "message"), BAD_BODIES, ids=[f"b{i}" for i in range(len(BAD_BODIES))])
async def test_bad_patch_bodies_are_400_and_change_nothing(client: httpx.AsyncClient, admin: Any, uniq: str,
                                                           body: bytes, message: str) -> None:
    """Each malformed command gets a 400 naming the problem; the job stays activated with its retries, no
    exception and no new job, which a partial write (or a 500) would break."""
    _, started = await setup(admin, uniq, variables={"v": 1})
    (job,) = await jobs_of(client, uniq)
    r = await client.patch(f"/zeebe/jobs/{job['key']}", content=body, headers={"content-type": "application/json"})
    assert message in assert_error(r, 400)
    view = await admin.instance(started["processInstanceKey"])
    assert [(j["key"], j["state"], j["retries"]) for j in view["jobs"]] == [(job["key"], "activated", 3)]
    assert view["variables"] == {"v": 1} and view["state"] == "active"
    c7 = await c7_job(client, job["key"])
    assert c7 is not None and c7["exceptionMessage"] is None
    assert (await patch(client, job["key"], {"status": "completed"})).status_code == 204  # still commandable


@pytest.mark.parametrize(("query", "message"), [
    ("", "Expected query parameter `type` to be provided, but it's null or undefined."),
    ("type=", "type"),
    ("type={t}&maxJobsToActivate=0", "maxJobsToActivate"),
    ("type={t}&maxJobsToActivate=-3", "maxJobsToActivate"),
    ("type={t}&maxJobsToActivate=abc", "maxJobsToActivate"),
    ("type={t}&maxJobsToActivate=2147483648", "maxJobsToActivate"),
    ("type={t}&requestTimeout=99999999999999999999", "requestTimeout"),
    ("type={t}&requestTimeout=1.5", "requestTimeout"),
    ("type={t}&worker=", "worker"),
    ("type={t}&jobTimeout=forever", "jobTimeout"),
])
async def test_bad_activation_parameters_are_400_and_claim_nothing(client: httpx.AsyncClient, admin: Any, uniq: str,
                                                                   query: str, message: str) -> None:
    """A 400 in Zeebe's shape naming the parameter, and the job is still there for the next good request."""
    await setup(admin, uniq)
    r = await client.get("/zeebe/jobs?" + query.format(t=uniq))
    assert message in assert_error(r, 400)
    assert len(await jobs_of(client, uniq)) == 1


async def test_bad_key_and_unknown_parameters(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """An out-of-range key is a 400; unknown query parameters are ignored (the job is activated)."""
    assert "key" in assert_error(await patch(client, 2**64, {"status": "completed"}), 400)
    assert_error(await patch(client, 0, {"status": "completed"}), 400)
    await setup(admin, uniq)
    assert len(await jobs_of(client, uniq, colour="blue")) == 1


def test_the_patch_body_skips_no_check_when_its_branch_passed() -> None:
    """ZeebeBodyValidator checks the branch `status` selects and then not the whole oneOf again: only sound while
    the branches' statuses are disjoint, which _discriminated_by_status checks of the served schema."""
    spec = Specification.load(OPENAPI_DIR / "zeebe.yaml")
    schema = spec["paths"]["/jobs/{key}"]["patch"]["requestBody"]["content"]["application/json"]["schema"]
    assert _discriminated_by_status(schema)
    overlapping = {"oneOf": [{"properties": {"status": {"enum": ["a"]}}}, {"properties": {"status": {"enum": ["a"]}}}]}
    assert not _discriminated_by_status(overlapping)
    assert not _discriminated_by_status({**schema, "required": ["status"]})
    assert not _discriminated_by_status({"oneOf": [{"properties": {}}]})


@pytest.mark.parametrize("fast", [True, False], ids=["fast-path", "connexion-path"])
async def test_a_served_patch_body_skips_the_second_check(client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch,
                                                          fast: bool) -> None:
    """The schema the server validates with (Connexion attaches `components` to it) still counts as discriminated:
    a valid body's whole oneOf is not checked again after its branch, on either path."""
    whole: list[Any] = []
    original = CachedJSONBodyValidator._check_schema

    def spy(self: CachedJSONBodyValidator, body: Any) -> None:
        whole.append(body)
        original(self, body)

    monkeypatch.setattr(CachedJSONBodyValidator, "_check_schema", spy)
    headers = {} if fast else {"Content-Type": 'application/json; charset="utf-8"'}  # the fast path leaves this
    r = await client.patch("/zeebe/jobs/123456789", content=b'{"status": "completed"}',
                           headers={"Content-Type": "application/json", **headers})
    assert r.status_code == 404 and whole == []
    r = await client.patch("/zeebe/jobs/123456789", json={"status": "failed"}, headers=headers)  # no retries
    assert r.status_code == 400 and whole == []  # refused by the branch check, with the proxy's message
