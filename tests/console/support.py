"""Helpers for the console tests: read the CSRF token of a page, sign in through the login form."""

from __future__ import annotations

import re

import httpx

CSRF_RE = re.compile(r'name="csrf-token" content="([^"]+)"')


def csrf_of(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match is not None, "no CSRF token on the page"
    return match.group(1)


async def csrf(client: httpx.AsyncClient, path: str = "/console/login") -> str:
    """The CSRF token of the client's session (a GET gives the client its session cookie first)."""
    r = await client.get(path)
    if r.status_code == 303:
        r = await client.get("/console/login")
    return csrf_of(r.text)


async def login(client: httpx.AsyncClient, name: str, password: str) -> httpx.Response:
    token = await csrf(client)
    return await client.post("/console/login", data={"csrf": token, "name": name, "password": password})


async def post(client: httpx.AsyncClient, path: str, **data: str) -> httpx.Response:
    """A form POST with the session's CSRF token, taken from the console's overview."""
    token = csrf_of((await client.get("/console/jobs")).text)
    return await client.post(path, data={"csrf": token, **data})
