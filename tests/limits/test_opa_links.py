"""OPA links come from JOBGATE_PUBLIC_URL, or are paths; never from the request's Host header."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from tests.conftest import Admin, sqlite_url

BASE = "/process/api/v1"


@pytest.mark.parametrize("public_url", [None, "https://jobs.example.com/", "https://gw.example.com/jobgate"])
async def test_links_ignore_the_host_header(tmp_path: Path, public_url: str | None) -> None:
    app = create_app(Settings(database_url=sqlite_url(tmp_path), public_url=public_url))
    services = services_of(app)
    await services.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
            await Admin(c).deploy("p")
            started = await Admin(c).start("p")
            pid, key = started["processInstanceKey"], started["jobs"][0]["key"]
            origin = (public_url or "").rstrip("/")
            evil = {"host": "evil.example", "x-forwarded-host": "evil.example"}
            page = (await c.get(f"{BASE}/process-instances/{pid}/jobs", headers=evil)).json()
            assert page["links"] == [{"rel": "self", "href": f"{origin}{BASE}/process-instances/{pid}/jobs"
                                                             "?state=ALL&offset=0&limit=25"}]
            assert page["items"][0]["links"] == [{"rel": "self",
                                                  "href": f"{origin}{BASE}/process-instances/{pid}/jobs/{key}"}]
            item = (await c.post(f"{BASE}/process-instances/{pid}/jobs/{key}", headers=evil)).json()
            assert item["links"][0]["href"] == f"{origin}{BASE}/process-instances/{pid}/jobs/{key}"
    finally:
        await services.stop()
