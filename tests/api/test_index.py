"""GET / answers a small HTML index of the dialects, the service endpoints and the version; every link works."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from importlib.metadata import version
from typing import Any
from urllib.parse import urljoin

import httpx
import pytest

from jobgate.api.index import render
from jobgate.main import create_app, services_of
from jobgate.settings import Settings

BASES = ("/engine-rest", "/zeebe", "/process/api/v1", "/v2", "/admin")


class _Page(HTMLParser):
    """The hrefs, src attributes and visible text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.sources: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "href" and value is not None:
                self.hrefs.append(value)
            if name == "src" and value is not None:
                self.sources.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


async def test_index_lists_every_dialect_and_the_service(client: httpx.AsyncClient) -> None:
    r = await client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    page = _parse(r.text)
    links = {urljoin("http://testserver/", href).removeprefix("http://testserver") for href in page.hrefs}
    expected = {f"{base}/ui/" for base in BASES} | {f"{base}/openapi.json" for base in BASES}
    assert links == expected | {"/health", "/metrics", "/console"}
    text = " ".join(page.text)
    for title in ("Camunda 7", "Zeebe", "Oracle Process Automation", "admin"):
        assert title in text
    assert version("jobgate") in text
    assert page.sources == [] and not re.search(r"https?://", r.text)  # no external assets, no absolute links


async def test_every_link_answers_200(client: httpx.AsyncClient) -> None:
    r = await client.get("/")
    for href in _parse(r.text).hrefs:
        target = urljoin("http://testserver/", href)
        answer = await client.get(target)
        assert answer.status_code == 200, (href, answer.status_code)
        if target.endswith("/openapi.json"):
            assert answer.json()["openapi"].startswith("3.0")


async def test_index_is_not_a_dialect_route(client: httpx.AsyncClient) -> None:
    r = await client.post("/")
    assert r.status_code == 405
    r = await client.get("/index.html")
    assert r.status_code == 404


def test_interpolated_text_is_escaped() -> None:
    html = render([('<script>alert("x")</script>', "/a&b")], "1.0<b>")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="a&amp;b/ui/"' in html and "1.0&lt;b&gt;" in html


@pytest.fixture
async def no_swagger_client(tmp_path: Any) -> Any:
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'jobgate.db'}", swagger_ui=False))
    services = services_of(app)
    await services.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
            yield c
    finally:
        await services.stop()


async def test_without_swagger_ui_the_page_links_only_what_is_served(no_swagger_client: httpx.AsyncClient) -> None:
    r = await no_swagger_client.get("/")
    hrefs = _parse(r.text).hrefs
    assert hrefs and not any(h.endswith("/ui/") for h in hrefs)
    for href in hrefs:
        assert (await no_swagger_client.get(urljoin("http://testserver/", href))).status_code == 200, href
