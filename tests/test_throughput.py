"""The per-minute ring buffer behind the console's chart."""

from __future__ import annotations

import pytest

from jobgate.metrics import Metrics
from jobgate.throughput import Throughput


class Clock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_counts_per_minute_and_forgets_old_minutes() -> None:
    clock = Clock(600.0)  # minute 10
    tp = Throughput(minutes=3, clock=clock)
    tp.add("completed")
    tp.add("completed", 2)
    tp.add("failed")
    assert tp.series("completed") == [(480, 0), (540, 0), (600, 3)]
    clock.t = 661  # minute 11
    tp.add("completed")
    assert tp.series("completed") == [(540, 0), (600, 3), (660, 1)]
    assert tp.series("failed") == [(540, 0), (600, 1), (660, 0)]
    clock.t = 60 * 13 + 5  # minute 13: minute 10 reused its slot's index, and must not show again
    tp.add("completed", 5)
    assert tp.series("completed") == [(660, 1), (720, 0), (780, 5)]
    clock.t = 60 * 100
    assert tp.series("completed") == [(5880, 0), (5940, 0), (6000, 0)]


def test_needs_a_window() -> None:
    with pytest.raises(ValueError):
        Throughput(minutes=0)


def test_metrics_feed_it() -> None:
    metrics = Metrics()
    metrics.job_event("activated", "t", 3)
    metrics.record([("completed", "t"), ("incident_created", "t")])
    assert metrics.throughput.series("activated")[-1][1] == 3
    assert metrics.throughput.series("completed")[-1][1] == 1
    assert metrics.throughput.series("incident_created")[-1][1] == 0  # incidents are not throughput
