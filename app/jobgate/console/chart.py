"""The throughput chart of the console's overview: per-minute job events as an inline SVG (no script)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from jobgate.throughput import Throughput

WIDTH, HEIGHT, PAD = 600, 120, 4
SERIES = ("activated", "completed", "failed")


@dataclass(frozen=True)
class Line:
    event: str
    points: str  # the polyline's "x,y x,y ..." in the chart's coordinates
    total: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    lines: list[Line]
    peak: int  # the top of the y axis (events per minute)
    start: str  # the first minute shown, UTC HH:MM
    end: str
    minutes: int


def chart(throughput: Throughput) -> Chart:
    data = {event: throughput.series(event) for event in SERIES}
    peak = max([1, *(n for series in data.values() for _t, n in series)])
    minutes = throughput.minutes
    step = (WIDTH - 2 * PAD) / max(1, minutes - 1)
    lines = []
    for event, series in data.items():
        points = " ".join(f"{PAD + i * step:.1f},{HEIGHT - PAD - n * (HEIGHT - 2 * PAD) / peak:.1f}"
                          for i, (_t, n) in enumerate(series))
        lines.append(Line(event, points, sum(n for _t, n in series)))
    first, last = data[SERIES[0]][0][0], data[SERIES[0]][-1][0]
    return Chart(WIDTH, HEIGHT, lines, peak, _hhmm(first), _hhmm(last), minutes)


def _hhmm(epoch_s: int) -> str:
    return datetime.fromtimestamp(epoch_s, UTC).strftime("%H:%M")
