"""The per-app services (store, long-poll hub, pub/sub, scheduler, metrics) and how handlers reach them."""

from __future__ import annotations

from typing import Any

from connexion.context import scope as request_scope

from jobgate import pubsub
from jobgate.longpoll import Hub
from jobgate.metrics import Metrics
from jobgate.scheduler import Scheduler
from jobgate.settings import Settings
from jobgate.store.engine import Store
from jobgate.store.guard import StoreTimeouts

SCOPE_KEY = "jobgate.services"


class Services:
    """Everything one app instance owns; created by create_app, started and stopped by its lifespan."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.metrics = Metrics(settings.metrics_max_types)
        timeouts = StoreTimeouts(connect=settings.db_connect_timeout, statement=settings.db_statement_timeout,
                                 pool=settings.db_pool_timeout, busy=settings.sqlite_busy_timeout,
                                 synchronous=settings.sqlite_synchronous)
        self.store = Store(settings.database_url, pool_size=settings.db_pool_size, threads=settings.db_threads,
                           timeouts=timeouts, group_commit=settings.group_commit,
                           inline_read_ms=settings.inline_read_ms, inline_write_ms=settings.inline_write_ms)
        self.metrics.pool = self.store.pool_status
        self.metrics.group_commit = lambda: (self.store.group.batches, self.store.group.commands)
        self.hub = Hub(self.store, settings, self.metrics)
        self.pubsub = pubsub.for_url(settings.database_url, timeout=settings.db_connect_timeout)
        self.hub.publish = self.pubsub.publish
        self.scheduler = Scheduler(self.store, self.hub, settings.probe_interval_ms)
        self.ready = False

    async def start(self) -> None:
        await self.store.run(self.store.prepare)
        await self.hub.start()
        await self.pubsub.start(lambda types: self.hub.notify(types, publish=False))
        self.scheduler.start()
        self.ready = True

    async def stop(self) -> None:
        self.ready = False
        await self.scheduler.stop()
        await self.hub.stop()
        await self.pubsub.stop()
        self.store.dispose()


def services() -> Services:
    """The services of the app serving the current request."""
    # The scope from Connexion's context directly: `connexion.request.scope` builds a ConnexionRequest per access.
    scope: dict[str, Any] = request_scope._get_current_object()
    svc = scope[SCOPE_KEY]
    assert isinstance(svc, Services)
    return svc
