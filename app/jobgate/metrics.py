"""Prometheus metrics of one app instance."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    """Prometheus metrics of one app (own registry, so several apps can live in one process)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("jobgate_http_requests_total", "HTTP requests served", ["dialect", "method", "status"],
                                registry=self.registry)
        self.latency = Histogram("jobgate_http_request_seconds", "HTTP request latency", ["dialect"],
                                 registry=self.registry,
                                 buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 60))
        self.jobs_activated = Counter("jobgate_jobs_activated_total", "Jobs handed out by activation",
                                      registry=self.registry)
        self.waiters = Gauge("jobgate_long_poll_waiters", "Activation requests waiting for jobs",
                             registry=self.registry)
