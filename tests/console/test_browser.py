"""The console in a real browser (headless Chromium through Selenium) against a real jobgate server on 127.0.0.1
with authentication on: sign-in, every page, search and paging, an action whose change shows in /engine-rest, a
reader who cannot act, sign-out. Each run writes a screenshot of each page to docs/console/ (docs/console.md)."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from jobgate.auth import users
from jobgate.auth.passwords import hash_password
from jobgate.principal import Role
from jobgate.store.engine import Store
from tests.conftest import sqlite_url
from tests.servers import ROOT, Server

from .browser import find_browser, start_chromium

pytestmark = pytest.mark.browser
SHOTS = ROOT / "docs" / "console"
PASSWORD = "console test password"
OPERATOR, READER = ("ops", PASSWORD), ("viewer", PASSWORD)
ADMIN = ("seeder", PASSWORD)
PAGE_SIZE = 10
XSS = "<script>alert('xss')</script>"


def _trace(message: str, i: int) -> str:
    return (f"java.net.SocketTimeoutException: {message}\n\tat bureau.Client.call(Client.java:{80 + i})\n"
            "\tat worker.CreditCheck.handle(CreditCheck.java:31)")


def _seed(url: str) -> dict[str, Any]:
    auth = httpx.BasicAuth(*ADMIN)
    with httpx.Client(base_url=url, auth=auth, timeout=30) as api:
        def post(path: str, body: dict[str, Any]) -> dict[str, Any]:
            r = api.post(path, json=body)
            assert r.status_code in (200, 201), r.text
            return dict(r.json())

        post("/admin/process-definitions", {"bpmnProcessId": "loan-application", "name": "Loan application", "tasks": [
            {"elementId": "check", "type": "credit-check"}, {"elementId": "notify", "type": "notify-applicant"}]})
        for i in range(24):
            post("/admin/process-instances", {"bpmnProcessId": "loan-application", "businessKey": f"loan-{i}",
                                              "variables": {"amount": 1000 + i, "applicant": f"A{i}"}})
        incidents = [post("/admin/process-instances", {
            "bpmnProcessId": "loan-application", "businessKey": f"loan-failed-{i}",
            "variables": {"amount": 5000 + i, "applicant": "B"},
            "jobs": [{"state": "failed", "retries": 0, "exceptionMessage": message,
                      "exceptionTrace": _trace(message, i)}]})
            for i, message in enumerate(["Credit bureau timeout after 30 s", "Applicant record locked", XSS])]
        r = api.get("/zeebe/jobs", params={"type": "credit-check", "maxJobsToActivate": "6", "worker": "w-1",
                                           "requestTimeout": "-1"})
        activated = r.json()["data"]["jobs"]
        for job in activated[:4]:
            assert api.patch(f"/zeebe/jobs/{job['key']}", json={"status": "completed"}).status_code == 204
        return {"incident": incidents[0]["jobs"][0]["key"], "xss_job": incidents[2]["jobs"][0]["key"],
                "instance": incidents[0]["processInstanceKey"]}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, dict[str, Any]]]:
    find_browser()  # skip (or fail in CI) before starting a server for nothing
    url = sqlite_url(tmp_path_factory.mktemp("console-browser"))
    store = Store(url)
    store.create_schema()
    with store.write() as conn:
        accounts: tuple[tuple[str, Role], ...] = ((OPERATOR[0], "operator"), (READER[0], "reader"), (ADMIN[0], "admin"))
        for name, role in accounts:
            users.put_user(conn, name=name, password_hash=hash_password(PASSWORD), roles=frozenset({role}),
                           tenants=None, now=1)
    store.dispose()
    srv = Server(url, env={"JOBGATE_AUTH": "on", "JOBGATE_CONSOLE_PAGE_SIZE": str(PAGE_SIZE)})
    try:
        srv.wait_ready()
        yield srv, _seed(srv.url)
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def chrome() -> Iterator[webdriver.Chrome]:
    driver = start_chromium()
    try:
        yield driver
    finally:
        driver.quit()


def shot(chrome: webdriver.Chrome, name: str) -> None:
    """A PNG of the whole page (also below the window), through the DevTools protocol."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = chrome.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]["height"]
    clip = {"x": 0, "y": 0, "width": 1280, "height": min(max(int(height), 400), 3000), "scale": 1}
    data = chrome.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                             "clip": clip})["data"]
    (SHOTS / f"{name}.png").write_bytes(base64.b64decode(data))


def _replaced(page: WebElement) -> Callable[[webdriver.Chrome], bool]:
    """Whether `page` (the old document's html element) is gone. chromedriver sometimes answers the check on a
    node of a document that was just replaced with an "unknown error: ... Node with given id does not belong to
    the document" instead of a stale-element error (a CI run failed so): that means gone, too."""
    stale = expected_conditions.staleness_of(page)

    def check(driver: webdriver.Chrome) -> bool:
        try:
            return bool(stale(driver))
        except WebDriverException as exc:
            if "does not belong to the document" in (exc.msg or ""):
                return True
            raise

    return check


def go(chrome: webdriver.Chrome, element: WebElement) -> None:
    """Click a link or submit button and wait until the next page has replaced this one."""
    page = chrome.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(chrome, 15).until(_replaced(page))


def sign_in(chrome: webdriver.Chrome, url: str, who: tuple[str, str]) -> None:
    chrome.get(f"{url}/console/login")
    chrome.find_element(By.ID, "name").send_keys(who[0])
    chrome.find_element(By.ID, "password").send_keys(who[1])
    go(chrome, chrome.find_element(By.ID, "sign-in"))


def sign_out(chrome: webdriver.Chrome) -> None:
    go(chrome, chrome.find_element(By.ID, "logout"))
    assert chrome.current_url.endswith("/console/login")


def no_alert(chrome: webdriver.Chrome) -> None:
    with pytest.raises(NoAlertPresentException):
        chrome.switch_to.alert.accept()


def api_job(url: str, key: int) -> dict[str, Any]:
    r = httpx.get(f"{url}/engine-rest/job/{key}", auth=ADMIN, timeout=10)
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_sign_in_and_overview(server: tuple[Server, dict[str, Any]], chrome: webdriver.Chrome) -> None:
    srv, _ = server
    chrome.get(f"{srv.url}/console")
    assert chrome.current_url == f"{srv.url}/console/login"
    shot(chrome, "login")
    sign_in(chrome, srv.url, (OPERATOR[0], "wrong"))
    assert "Unknown user or wrong password" in chrome.find_element(By.ID, "error").text
    sign_in(chrome, srv.url, OPERATOR)
    assert chrome.current_url == f"{srv.url}/console"
    assert chrome.find_element(By.ID, "user").text == "ops"
    assert chrome.find_element(By.ID, "incident-count").text == "3"
    rows = {r.find_elements(By.TAG_NAME, "td")[0].text: [c.text for c in r.find_elements(By.TAG_NAME, "td")]
            for r in chrome.find_elements(By.CSS_SELECTOR, "#by-type tbody tr")}
    assert rows["credit-check"][1:6] == ["18", "2", "3", "4", "0"]  # activatable activated failed completed thrown
    assert rows["notify-applicant"][1] == "4"
    assert len(chrome.find_elements(By.CSS_SELECTOR, "#throughput polyline")) == 3
    assert "completed 4" in chrome.find_element(By.TAG_NAME, "figcaption").text
    shot(chrome, "overview")


def test_incidents_show_message_and_trace(server: tuple[Server, dict[str, Any]], chrome: webdriver.Chrome) -> None:
    srv, seeded = server
    chrome.get(f"{srv.url}/console/incidents")
    articles = chrome.find_elements(By.CSS_SELECTOR, "article.incident")
    assert len(articles) == 3
    first = articles[0]
    assert "Credit bureau timeout after 30 s" in first.find_element(By.CLASS_NAME, "message").text
    first.find_element(By.TAG_NAME, "summary").click()
    assert "SocketTimeoutException" in first.find_element(By.CLASS_NAME, "trace").text
    xss = chrome.find_element(By.ID, f"incident-{seeded['xss_job']}")
    assert XSS in xss.find_element(By.CLASS_NAME, "message").text  # shown as text, never run
    no_alert(chrome)
    shot(chrome, "incidents")


def test_search_and_paging(server: tuple[Server, dict[str, Any]], chrome: webdriver.Chrome) -> None:
    srv, _ = server
    chrome.get(f"{srv.url}/console/jobs")
    chrome.find_element(By.ID, "f-type").send_keys("credit-check")
    Select(chrome.find_element(By.ID, "f-state")).select_by_value("activatable")
    go(chrome, chrome.find_element(By.ID, "f-submit"))
    assert "type=credit-check" in chrome.current_url and "state=activatable" in chrome.current_url
    assert len(chrome.find_elements(By.CSS_SELECTOR, "#jobs tbody tr")) == PAGE_SIZE
    assert chrome.find_element(By.ID, "page-info").text == "page 1 · 1–10 of 18"
    shot(chrome, "jobs")
    go(chrome, chrome.find_element(By.ID, "next"))
    assert "page=2" in chrome.current_url and "type=credit-check" in chrome.current_url
    assert len(chrome.find_elements(By.CSS_SELECTOR, "#jobs tbody tr")) == 8
    assert chrome.find_element(By.ID, "page-info").text == "page 2 · 11–18 of 18"
    assert not chrome.find_elements(By.ID, "next")
    go(chrome, chrome.find_element(By.ID, "prev"))
    assert chrome.find_element(By.ID, "page-info").text == "page 1 · 1–10 of 18"
    Select(chrome.find_element(By.ID, "f-state")).select_by_value("incident")
    go(chrome, chrome.find_element(By.ID, "f-submit"))
    assert chrome.find_element(By.ID, "page-info").text == "page 1 · 1–3 of 3"


def test_actions_show_in_engine_rest(server: tuple[Server, dict[str, Any]], chrome: webdriver.Chrome) -> None:
    srv, seeded = server
    job = seeded["incident"]
    assert api_job(srv.url, job)["retries"] == 0
    chrome.get(f"{srv.url}/console/jobs/{job}")
    assert chrome.find_element(By.ID, "job-message").text == "Credit bureau timeout after 30 s"
    shot(chrome, "job")
    retries = chrome.find_element(By.ID, "retries")
    retries.clear()
    retries.send_keys("3")
    go(chrome, chrome.find_element(By.ID, "set-retries"))
    assert chrome.find_element(By.ID, "done").text == "Retries set."
    assert chrome.find_element(By.ID, "job-retries").text == "3"
    c7 = api_job(srv.url, job)
    assert c7["retries"] == 3 and c7["exceptionMessage"] == "Credit bureau timeout after 30 s"
    go(chrome, chrome.find_element(By.ID, "suspend"))
    assert chrome.find_element(By.ID, "job-suspended").text == "yes" and api_job(srv.url, job)["suspended"] is True
    go(chrome, chrome.find_element(By.ID, "activate"))
    assert api_job(srv.url, job)["suspended"] is False
    go(chrome, chrome.find_element(By.ID, "resubmit"))
    assert chrome.find_element(By.ID, "done").text == "Job resubmitted: it is due now."
    assert api_job(srv.url, job)["dueDate"] is not None


def test_instance_view(server: tuple[Server, dict[str, Any]], chrome: webdriver.Chrome) -> None:
    srv, seeded = server
    chrome.get(f"{srv.url}/console/jobs/{seeded['incident']}")
    go(chrome, chrome.find_element(By.ID, "job-instance"))
    assert chrome.find_element(By.ID, "instance-key").text == str(seeded["instance"])
    assert len(chrome.find_elements(By.CSS_SELECTOR, "#instance-jobs tbody tr")) == 1
    assert '"amount": 5000' in chrome.find_element(By.ID, "variables").text
    shot(chrome, "instance")


def test_reader_cannot_act(server: tuple[Server, dict[str, Any]], chrome: webdriver.Chrome) -> None:
    srv, seeded = server
    job = seeded["xss_job"]
    chrome.get(f"{srv.url}/console")
    sign_out(chrome)
    sign_in(chrome, srv.url, READER)
    chrome.get(f"{srv.url}/console/jobs/{job}")
    assert not chrome.find_elements(By.ID, "actions") and not chrome.find_elements(By.TAG_NAME, "button")[1:]
    no_alert(chrome)
    # The POST a hidden button would send, sent anyway from the page with the session's own CSRF token: refused.
    page = chrome.find_element(By.TAG_NAME, "html")
    chrome.execute_script(
        "const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
        "const i = document.createElement('input'); i.name = 'csrf';"
        "i.value = document.querySelector('meta[name=csrf-token]').content; f.appendChild(i);"
        "const r = document.createElement('input'); r.name = 'retries'; r.value = '9'; f.appendChild(r);"
        "document.body.appendChild(f); f.submit();", f"/console/jobs/{job}/retries")
    WebDriverWait(chrome, 15).until(expected_conditions.staleness_of(page))
    assert chrome.find_element(By.TAG_NAME, "h1").text == "Error 403"
    assert "operator role" in chrome.find_element(By.ID, "error").text
    assert api_job(srv.url, job)["retries"] == 0
    shot(chrome, "reader-refused")
    chrome.get(f"{srv.url}/console")
    sign_out(chrome)
    chrome.get(f"{srv.url}/console/jobs")
    assert chrome.current_url == f"{srv.url}/console/login"
