"""Prometheus metrics of one app instance (every series: docs/metrics.md)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, PlatformCollector, ProcessCollector
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from jobgate.throughput import Throughput

OTHER = "other"  # the label of job types beyond the cap
JOB_EVENTS = ("activated", "completed", "failed", "error_thrown", "timed_out")
INCIDENT_EVENTS = ("incident_created", "incident_resolved")
LONG_POLL_OUTCOMES = ("jobs", "timeout", "cancelled")
STATUS_CLASSES = {1: "1xx", 2: "2xx", 3: "3xx", 4: "4xx", 5: "5xx"}
_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 60)
MAX_CACHED_CHILDREN = 1000
_POLL_BUCKETS = (0.01, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600)


class TypeLabels:
    """Bounds the cardinality of the job type label: the first `limit` types seen keep their name, later ones
    are `other`. Used on the event loop only."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.seen: set[str] = set()

    def __call__(self, type_: str) -> str:
        if type_ in self.seen:
            return type_
        if len(self.seen) >= self.limit:
            return OTHER
        self.seen.add(type_)
        return type_


class _CallbackCollector(Collector):
    """Series computed at scrape time by `collect` (a function returning metric families)."""

    def __init__(self, collect: Callable[[], Iterable[Any]]) -> None:
        self._collect = collect

    def collect(self) -> Iterator[Any]:
        yield from self._collect()


class Metrics:
    """Prometheus metrics of one app (own registry, so several apps can live in one process)."""

    def __init__(self, max_types: int = 100) -> None:
        self.registry = r = CollectorRegistry()
        self.type_label = TypeLabels(max_types)
        self.throughput = Throughput()  # per-minute job events for the console's chart
        self.requests = Counter("jobgate_http_requests_total", "HTTP requests served", ["dialect", "method", "status"],
                                registry=r)
        self.request_seconds = Histogram(
            "jobgate_request_duration_seconds", "Request duration (long polls that waited excluded)",
            ["dialect", "operation", "status_class"], registry=r, buckets=_BUCKETS)
        self._request_children: dict[tuple[str, str, int], Any] = {}  # bounded: operations x statuses
        self._request_counts: dict[tuple[str, str, int], Any] = {}
        self._job_children: dict[tuple[str, str], Any] = {}
        self.long_poll_seconds = Histogram(
            "jobgate_long_poll_duration_seconds", "Time a long poll waited for jobs, by how it ended",
            ["outcome"], registry=r, buckets=_POLL_BUCKETS)
        self.jobs = Counter("jobgate_job_events_total", "Job lifecycle events by job type", ["event", "type"],
                            registry=r)
        self.incidents = Counter("jobgate_incidents_total", "Incidents created and resolved by job type",
                                 ["event", "type"], registry=r)
        self.waiters = Gauge("jobgate_long_poll_waiters", "Activation requests waiting for jobs", registry=r)
        self.waiters_by_type = Gauge("jobgate_long_poll_waiters_by_type", "Activation requests waiting for jobs, "
                                     "by job type", ["type"], registry=r)
        self.job_states: dict[str, int] = {}
        self.job_states_at = 0.0
        self.pool: Callable[[], tuple[int, int, int] | None] = lambda: None  # in use, idle, overflow
        self.group_commit: Callable[[], tuple[int, int] | None] = lambda: None  # transactions, commands
        r.register(_CallbackCollector(self._scrape_time))
        ProcessCollector(registry=r)
        PlatformCollector(registry=r)

    def job_event(self, event: str, type_: str, count: int = 1) -> None:
        child = self._job_children.get((event, type_))  # labels() costs a lock and a few allocations per call
        if child is None:
            label = self.type_label(type_)
            child = self.jobs.labels(event, label)
            if label != OTHER:  # bounded: events x the first max_types types
                self._job_children[(event, type_)] = child
        child.inc(count)
        self.throughput.add(event, count)

    def count_request(self, dialect: str, method: str, status: int) -> None:
        key = (dialect, method, status)
        child = self._request_counts.get(key)
        if child is None:
            child = self.requests.labels(dialect, method, str(status))
            if len(self._request_counts) < MAX_CACHED_CHILDREN:  # methods come from clients: keep it bounded
                self._request_counts[key] = child
        child.inc()

    def record(self, events: Iterable[tuple[str, str]]) -> None:
        """Count (event, job type) pairs from the store (flow.Wake.events)."""
        for event, type_ in events:
            if event in INCIDENT_EVENTS:
                self.incidents.labels(event.removeprefix("incident_"), self.type_label(type_)).inc()
            else:
                self.job_event(event, type_)

    def observe_request(self, dialect: str, operation: str, status: int, seconds: float) -> None:
        key = (dialect, operation, status)
        child = self._request_children.get(key)  # labels() costs a lock and a few allocations per call
        if child is None:
            cls = STATUS_CLASSES.get(status // 100, "5xx")
            child = self._request_children[key] = self.request_seconds.labels(dialect, operation, cls)
        child.observe(seconds)

    def set_waiters(self, by_type: dict[str, int]) -> None:
        counts: dict[str, int] = {}
        for type_, n in by_type.items():
            label = self.type_label(type_)
            counts[label] = counts.get(label, 0) + n
        self.waiters.set(sum(counts.values()))
        self.waiters_by_type.clear()
        for label, n in counts.items():
            self.waiters_by_type.labels(label).set(n)

    def job_states_stale(self, max_age: float) -> bool:
        return time.monotonic() - self.job_states_at >= max_age

    def set_job_states(self, counts: dict[str, int]) -> None:
        self.job_states, self.job_states_at = counts, time.monotonic()

    def _scrape_time(self) -> Iterator[Any]:
        states = GaugeMetricFamily("jobgate_jobs", "Jobs in the store by state (cached a few seconds)",
                                   labels=["state"])
        for state, n in sorted(self.job_states.items()):
            states.add_metric([state], n)
        yield states
        pool = self.pool()
        if pool is not None:
            in_use, idle, overflow = pool
            yield GaugeMetricFamily("jobgate_db_pool_in_use", "Database connections checked out", value=in_use)
            yield GaugeMetricFamily("jobgate_db_pool_idle", "Database connections idle in the pool", value=idle)
            yield GaugeMetricFamily("jobgate_db_pool_overflow", "Connections open beyond the pool size (negative: "
                                    "pool slots not yet opened)", value=overflow)
        group = self.group_commit()
        if group is not None:
            transactions, commands = group
            yield CounterMetricFamily("jobgate_group_commit_transactions", "Write transactions of group commit "
                                      "(committed or attempted)", value=transactions)
            yield CounterMetricFamily("jobgate_group_commit_commands", "Write commands run in those transactions",
                                      value=commands)
