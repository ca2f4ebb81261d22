"""The console's pages and actions: thin functions from request to store call to template (docs/console.md)."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlencode

import orjson
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from jobgate.console import render
from jobgate.console.app import PREFIX, Caller
from jobgate.console.chart import chart
from jobgate.runtime import Services
from jobgate.store import console_query as cq
from jobgate.store import job_ops
from jobgate.store.clock import now_ms
from jobgate.store.definitions import get_instance
from jobgate.store.errors import InvalidRequest, JobNotFound
from jobgate.store.flow import Wake
from jobgate.store.queries import NO_MATCH, to_key
from jobgate.store.status import STATES
from jobgate.store.tables import RUNTIME_STATES

MAX_PAGE = 100_000
MAX_FILTER_CHARS = 255
MAX_RETRIES = 2**31 - 1
DONE = {"retries": "Retries set.", "resubmit": "Job resubmitted: it is due now.", "suspend": "Job suspended.",
        "activate": "Job activated."}
log = logging.getLogger("jobgate.console")


class Views:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.store = services.store
        self.page_size = services.settings.console_page_size

    # ---- reading ------------------------------------------------------------------------------------------------

    async def overview(self, request: Request, caller: Caller, _form: FormData) -> Response:
        data = await self.store.reading(cq.overview, tenants=caller.tenants)
        waiting = dict(sorted(self.services.hub.waiting_by_type().items()))
        return render.page("overview.html", **caller.template(), nav="overview", overview=data, states=STATES,
                           waiting=waiting, chart=chart(self.services.metrics.throughput))

    async def incidents(self, request: Request, caller: Caller, _form: FormData) -> Response:
        number = _page_number(request)
        page = await self.store.reading(cq.list_incidents, offset=(number - 1) * self.page_size,
                                        limit=self.page_size, tenants=caller.tenants)
        return render.page("incidents.html", **caller.template(), nav="incidents", page=page, number=number,
                           links=_links(request, page, number))

    async def jobs(self, request: Request, caller: Caller, _form: FormData) -> Response:
        number = _page_number(request)
        filters = {name: _filter(request, name) for name in ("type", "state", "process", "tenant", "instance")}
        if filters["state"] is not None and filters["state"] not in cq.SEARCH_STATES:
            raise InvalidRequest(f"Unknown state; states are {', '.join(cq.SEARCH_STATES)}.")
        instance = None
        if filters["instance"] is not None:
            instance = to_key(filters["instance"])
            if instance == NO_MATCH:
                raise InvalidRequest("The process instance must be a key (digits).")
        search = cq.JobSearch(type=filters["type"], state=filters["state"], bpmn_process_id=filters["process"],
                              tenant_id=filters["tenant"], process_instance_key=instance)
        page = await self.store.reading(cq.search_jobs, search=search, offset=(number - 1) * self.page_size,
                                        limit=self.page_size, tenants=caller.tenants)
        return render.page("jobs.html", **caller.template(), nav="jobs", page=page, number=number,
                           filters={k: v or "" for k, v in filters.items()}, states=cq.SEARCH_STATES,
                           links=_links(request, page, number))

    async def job(self, request: Request, caller: Caller, _form: FormData) -> Response:
        row = await self.store.reading(cq.get_job, key=_key(request), tenants=caller.tenants)
        done = DONE.get(request.query_params.get("done", ""))
        return render.page("job.html", **caller.template(), nav="jobs", job=row, done=done,
                           runtime=row.state in RUNTIME_STATES, custom_headers=_json(row.custom_headers))

    async def instance(self, request: Request, caller: Caller, _form: FormData) -> Response:
        view = await self.store.reading(get_instance, key=_key(request), tenants=caller.tenants)
        return render.page("instance.html", **caller.template(), nav="jobs", instance=view,
                           variables=_json(view.variables))

    # ---- actions (operator role; Console.endpoint checks it and the CSRF token) ----------------------------------

    async def retries(self, request: Request, caller: Caller, form: FormData) -> Response:
        text = str(form.get("retries", "")).strip()
        if not (text.isascii() and text.isdigit()) or int(text) > MAX_RETRIES:
            raise InvalidRequest(f"Retries must be a whole number from 0 to {MAX_RETRIES}.")
        key = _key(request)
        wake = await self.store.writing(job_ops.set_retries, key=key, retries=int(text), now=now_ms(),
                                        tenants=caller.tenants)
        return self._done(caller, "retries", key, wake)

    async def resubmit(self, request: Request, caller: Caller, _form: FormData) -> Response:
        key = _key(request)
        wake = await self.store.writing(cq.resubmit_job, key=key, now=now_ms(), tenants=caller.tenants)
        return self._done(caller, "resubmit", key, wake)

    async def suspend(self, request: Request, caller: Caller, _form: FormData) -> Response:
        key = _key(request)
        wake = await self.store.writing(job_ops.set_suspended, key=key, suspended=True, now=now_ms(),
                                        tenants=caller.tenants)
        return self._done(caller, "suspend", key, wake)

    async def activate(self, request: Request, caller: Caller, _form: FormData) -> Response:
        key = _key(request)
        wake = await self.store.writing(job_ops.set_suspended, key=key, suspended=False, now=now_ms(),
                                        tenants=caller.tenants)
        return self._done(caller, "activate", key, wake)

    def _done(self, caller: Caller, action: str, key: int, wake: object) -> Response:
        """After a command (each is called directly above, so mypy checks its arguments): wake, count, log."""
        if isinstance(wake, Wake):
            self.services.metrics.record(wake.events)
            self.services.hub.notify(wake.now)
            self.services.hub.notify_at(wake.later)
        log.info("console action: user=%s action=%s job=%d", caller.user or "-", action, key)
        return RedirectResponse(f"{PREFIX}/jobs/{key}?done={action}", status_code=303)


def _key(request: Request) -> int:
    key = to_key(str(request.path_params["key"]))
    if key == NO_MATCH:
        raise JobNotFound(key)
    return key


def _filter(request: Request, name: str) -> str | None:
    value = request.query_params.get(name, "").strip()
    if len(value) > MAX_FILTER_CHARS:
        raise InvalidRequest(f"The {name} filter is longer than {MAX_FILTER_CHARS} characters.")
    return value or None


def _page_number(request: Request) -> int:
    text = request.query_params.get("page", "1")
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_PAGE:
        raise InvalidRequest(f"The page must be a number from 1 to {MAX_PAGE}.")
    return int(text)


def _links(request: Request, page: cq.Page, number: int) -> dict[str, str | None]:
    """The previous and next page, keeping the other query parameters."""
    params = {k: v for k, v in request.query_params.items() if k != "page" and v}

    def to(n: int) -> str:
        return f"{request.url.path}?{urlencode({**params, 'page': n})}"

    return {"prev": to(number - 1) if number > 1 else None, "next": to(number + 1) if page.has_more else None}


def _json(value: Any) -> str:
    return orjson.dumps(value or {}, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode()
