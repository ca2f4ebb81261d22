"""Every console route on the real ASGI app with authentication off (loopback): pages, search and paging, actions
with CSRF and origin checks, escaping, bad input (an HTML 4xx, no store change). Roles: tests/console/test_roles.py."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from jobgate.main import services_of
from tests.conftest import Admin

from .support import csrf_of, post

XSS = "<script>alert(1)</script>"


@pytest.fixture
async def browser(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    """A client of its own (its own session cookie), as one browser."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
        yield c


async def _incident(admin: Admin, uniq: str, message: str = "boom", **job: Any) -> dict[str, Any]:
    await admin.deploy(uniq, tasks=[{"elementId": "first", "type": f"{uniq}-work"},
                                    {"elementId": "second", "type": f"{uniq}-next"}])
    fixture = {"state": "failed", "retries": 0, "exceptionMessage": message, "exceptionTrace": f"trace of {message}",
               **job}
    return await admin.start(uniq, jobs=[fixture], variables={"amount": 42, "note": XSS})


async def test_pages_render(browser: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    started = await _incident(admin, uniq)
    job, instance = started["jobs"][0]["key"], started["processInstanceKey"]
    for path, marker in [("/console", 'id="by-type"'), ("/console/incidents", f'id="incident-{job}"'),
                         ("/console/jobs", 'id="jobs"'), (f"/console/jobs/{job}", 'id="actions"'),
                         (f"/console/instances/{instance}", 'id="instance-jobs"')]:
        r = await browser.get(path)
        assert r.status_code == 200, (path, r.text)
        assert r.headers["content-type"].startswith("text/html")
        assert marker in r.text, path
        assert "script-src" not in r.headers["content-security-policy"]  # default-src 'none': no script at all
        assert r.headers["x-frame-options"] == "DENY" and r.headers["x-request-id"]
    r = await browser.get("/console/static/console.css")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/css")
    assert (await browser.get("/console/static/nothing.js")).status_code == 404


async def test_session_cookie_attributes(browser: httpx.AsyncClient) -> None:
    r = await browser.get("/console")
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/console" in cookie
    assert "set-cookie" not in (await browser.get("/console")).headers  # the session is kept, not reissued


async def test_login_page_redirects_when_auth_is_off(browser: httpx.AsyncClient) -> None:
    r = await browser.get("/console/login")
    assert r.status_code == 303 and r.headers["location"] == "/console"


async def test_search_filters_and_paging(browser: httpx.AsyncClient, admin: Admin, uniq: str, app: Any) -> None:
    await admin.deploy(uniq, tasks=[{"elementId": "a", "type": f"{uniq}-a"}])
    await admin.deploy(uniq, tasks=[{"elementId": "a", "type": f"{uniq}-a"}], tenantId="acme")
    for i in range(30):
        await admin.start(uniq, **({"tenantId": "acme"} if i % 2 else {}))
    size = services_of(app).settings.console_page_size
    r = await browser.get("/console/jobs", params={"type": f"{uniq}-a"})
    assert r.text.count(f"<td>{uniq}-a</td>") == size and 'id="next"' in r.text and 'id="prev"' not in r.text
    assert f"1–{size} of 30" in r.text
    r = await browser.get("/console/jobs", params={"type": f"{uniq}-a", "page": "2"})
    assert r.text.count(f"<td>{uniq}-a</td>") == 30 - size and 'id="next"' not in r.text and 'id="prev"' in r.text
    r = await browser.get("/console/jobs", params={"process": uniq, "tenant": "acme", "state": "activatable"})
    assert r.text.count(f"<td>{uniq}-a</td>") == 15
    r = await browser.get("/console/jobs", params={"type": f"{uniq}-a", "state": "completed"})
    assert "of 0" in r.text


async def test_search_by_instance_and_incident_state(browser: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    started = await _incident(admin, uniq)
    r = await browser.get("/console/jobs", params={"instance": str(started["processInstanceKey"])})
    assert "1–1 of 1" in r.text and str(started["jobs"][0]["key"]) in r.text
    r = await browser.get("/console/jobs", params={"type": f"{uniq}-work", "state": "incident"})
    assert "1–1 of 1" in r.text


async def test_everything_is_escaped(browser: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    await admin.deploy(uniq, tasks=[{"elementId": "t", "type": f"{uniq}{XSS}"}])
    started = await admin.start(uniq, jobs=[{"state": "failed", "retries": 0, "exceptionMessage": XSS,
                                             "exceptionTrace": XSS, "customHeaders": {"h": XSS}}],
                                variables={"v": XSS}, businessKey=XSS)
    job, instance = started["jobs"][0]["key"], started["processInstanceKey"]
    for path in ("/console", "/console/incidents", f"/console/jobs?type={uniq}%3Cscript%3Ealert(1)%3C/script%3E",
                 f"/console/jobs/{job}", f"/console/instances/{instance}", f"/console/jobs?process={XSS}"):
        r = await browser.get(path)
        assert r.status_code == 200, path
        assert "<script" not in r.text, path
    assert "&lt;script&gt;" in (await browser.get(f"/console/jobs/{job}")).text


async def test_actions_change_the_job(browser: httpx.AsyncClient, client: httpx.AsyncClient, admin: Admin,
                                      uniq: str) -> None:
    job = (await _incident(admin, uniq))["jobs"][0]["key"]
    r = await post(browser, f"/console/jobs/{job}/retries", retries="4")
    assert r.status_code == 303 and r.headers["location"] == f"/console/jobs/{job}?done=retries"
    c7 = (await client.get(f"/engine-rest/job/{job}")).json()
    assert c7["retries"] == 4 and c7["exceptionMessage"] == "boom"
    assert (await post(browser, f"/console/jobs/{job}/suspend")).status_code == 303
    assert (await client.get(f"/engine-rest/job/{job}")).json()["suspended"] is True
    assert (await post(browser, f"/console/jobs/{job}/activate")).status_code == 303
    assert (await client.get(f"/engine-rest/job/{job}")).json()["suspended"] is False
    assert "Job activated." in (await browser.get(f"/console/jobs/{job}?done=activate")).text


async def test_resubmit_an_incident(browser: httpx.AsyncClient, client: httpx.AsyncClient, admin: Admin,
                                    uniq: str) -> None:
    job = (await _incident(admin, uniq))["jobs"][0]["key"]
    assert (await post(browser, f"/console/jobs/{job}/resubmit")).status_code == 303
    c7 = (await client.get(f"/engine-rest/job/{job}")).json()
    assert c7["retries"] == 1 and c7["dueDate"] is not None
    r = await client.get("/zeebe/jobs", params={"type": f"{uniq}-work", "requestTimeout": "-1"})
    assert [j["key"] for j in r.json()["data"]["jobs"]] == [job]
    # Now leased by a worker: a resubmit would run it twice, so it is refused (409) and changes nothing.
    r = await post(browser, f"/console/jobs/{job}/resubmit")
    assert r.status_code == 409 and 'id="error"' in r.text


async def test_actions_need_the_csrf_token(browser: httpx.AsyncClient, client: httpx.AsyncClient, admin: Admin,
                                           uniq: str) -> None:
    job = (await _incident(admin, uniq))["jobs"][0]["key"]
    token = csrf_of((await browser.get("/console/jobs")).text)
    # A token one character off (never equal to the real one, whatever its first character) is refused.
    tampered = ("y" if token[0] == "x" else "x") + token[1:]
    for data in ({}, {"csrf": tampered}, {"csrf": ""}):
        r = await browser.post(f"/console/jobs/{job}/retries", data={**data, "retries": "5"})
        assert r.status_code == 403 and r.headers["content-type"].startswith("text/html")
    # A token of another session (another browser) does not fit this one.
    async with httpx.AsyncClient(transport=browser._transport, base_url="http://testserver") as other:
        r = await other.post(f"/console/jobs/{job}/retries", data={"csrf": token, "retries": "5"})
        assert r.status_code == 403
    r = await browser.post(f"/console/jobs/{job}/retries", data={"csrf": token, "retries": "5"},
                           headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    assert (await client.get(f"/engine-rest/job/{job}")).json()["retries"] == 0


@pytest.mark.parametrize(("path", "query"), [
    ("/console/jobs", {"page": "0"}), ("/console/jobs", {"page": "x"}), ("/console/jobs", {"page": "9" * 30}),
    ("/console/jobs", {"state": "nope"}), ("/console/jobs", {"instance": "12a"}),
    ("/console/jobs", {"type": "t" * 300}), ("/console/incidents", {"page": "-1"}),
])
async def test_bad_query_is_a_400_page(browser: httpx.AsyncClient, path: str, query: dict[str, str]) -> None:
    r = await browser.get(path, params=query)
    assert r.status_code == 400 and 'id="error"' in r.text and r.headers["content-type"].startswith("text/html")


async def test_odd_text_filters_match_nothing(browser: httpx.AsyncClient) -> None:
    for value in ("\x00", "%", "' OR 1=1 --"):
        r = await browser.get("/console/jobs", params={"type": value, "tenant": value})
        assert r.status_code == 200 and "of 0" in r.text
    for raw in ("%FF", "%ED%B3%BF", "%00"):  # invalid UTF-8, an encoded surrogate, NUL
        r = await browser.get(f"/console/jobs?type={raw}&process={raw}")
        assert r.status_code == 200 and "of 0" in r.text


async def test_unknown_objects_are_404(browser: httpx.AsyncClient) -> None:
    for path in ("/console/jobs/1", "/console/jobs/abc", "/console/instances/1", "/console/instances/0x1"):
        r = await browser.get(path)
        assert r.status_code == 404 and 'id="error"' in r.text, path
    assert (await post(browser, "/console/jobs/1/retries", retries="1")).status_code == 404


@pytest.mark.parametrize("value", ["", "-1", "x", "1.5", "99999999999", "１"])
async def test_bad_retries_change_nothing(browser: httpx.AsyncClient, client: httpx.AsyncClient, admin: Admin,
                                          uniq: str, value: str) -> None:
    job = (await _incident(admin, uniq))["jobs"][0]["key"]
    r = await post(browser, f"/console/jobs/{job}/retries", retries=value)
    assert r.status_code == 400 and 'id="error"' in r.text
    assert (await client.get(f"/engine-rest/job/{job}")).json()["retries"] == 0


async def test_finished_jobs_show_no_actions(browser: httpx.AsyncClient, client: httpx.AsyncClient, admin: Admin,
                                             uniq: str) -> None:
    await admin.deploy(uniq, tasks=[{"elementId": "a", "type": f"{uniq}-a"}])
    job = (await admin.start(uniq, jobs=[{"state": "completed"}]))["jobs"][0]["key"]
    r = await browser.get(f"/console/jobs/{job}")
    assert r.status_code == 200 and 'id="actions"' not in r.text and "finished" in r.text
    assert (await post(browser, f"/console/jobs/{job}/suspend")).status_code == 404


async def test_oversized_form_is_refused(browser: httpx.AsyncClient, app: Any) -> None:
    limit = services_of(app).settings.max_body_bytes
    r = await browser.post("/console/jobs/1/retries", content=b"a=" + b"x" * limit,
                           headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413


async def test_throughput_counts_activations(browser: httpx.AsyncClient, client: httpx.AsyncClient, admin: Admin,
                                             uniq: str, app: Any) -> None:
    await admin.deploy(uniq, tasks=[{"elementId": "a", "type": f"{uniq}-a"}])
    await admin.start(uniq)
    before = services_of(app).metrics.throughput.series("activated")[-1][1]
    r = await client.get("/zeebe/jobs", params={"type": f"{uniq}-a", "requestTimeout": "-1"})
    assert len(r.json()["data"]["jobs"]) == 1
    assert services_of(app).metrics.throughput.series("activated")[-1][1] == before + 1
    assert 'class="key activated">activated' in (await browser.get("/console")).text


async def test_odd_form_bodies_are_4xx(browser: httpx.AsyncClient, client: httpx.AsyncClient, admin: Admin,
                                       uniq: str) -> None:
    job = (await _incident(admin, uniq))["jobs"][0]["key"]
    token = csrf_of((await browser.get("/console/jobs")).text)
    path = f"/console/jobs/{job}/retries"
    answers = [
        await browser.post(path, data={"csrf": token, "retries": "2"}, files={"f": ("f.txt", b"x")}),
        await browser.post(path, content=b"csrf=" + token.encode() + b"&retries=%FF%FE",
                           headers={"content-type": "application/x-www-form-urlencoded"}),
        await browser.post(path, content="&".join(f"f{i}=1" for i in range(50)).encode(),
                           headers={"content-type": "application/x-www-form-urlencoded"}),
        await browser.post(path, json={"csrf": token, "retries": 2}),
        await browser.post(path, content=b"--x\r\nbroken", headers={"content-type": "multipart/form-data; boundary=x"}),
        await browser.post(path, data={"csrf": token, "retries": "2", "long": "x" * 2000}),
    ]
    assert [r.status_code // 100 for r in answers] == [4] * len(answers), [r.status_code for r in answers]
    assert all(r.headers["content-type"].startswith("text/html") for r in answers), [r.text for r in answers]
    assert (await client.get(f"/engine-rest/job/{job}")).json()["retries"] == 0


async def test_unknown_console_paths(browser: httpx.AsyncClient) -> None:
    assert (await browser.get("/console/nope")).status_code == 404
    assert (await browser.put("/console/jobs/1/retries")).status_code == 405


async def test_overview_shows_waiting_workers(browser: httpx.AsyncClient, client: httpx.AsyncClient, app: Any,
                                              uniq: str) -> None:
    hub = services_of(app).hub
    poll = asyncio.ensure_future(client.get("/zeebe/jobs", params={"type": f"{uniq}-idle", "requestTimeout": "3000"}))
    for _ in range(200):
        if hub.waiting_by_type().get(f"{uniq}-idle"):
            break
        await asyncio.sleep(0.01)
    page = (await browser.get("/console")).text
    assert 'id="waiting"' in page and f"<td>{uniq}-idle</td>" in page
    assert int(page.split('id="waiting-count">')[1].split("<")[0]) >= 1
    assert (await poll).json()["data"]["jobs"] == []
