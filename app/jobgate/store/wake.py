"""What a write command tells the long-poll hub and the metrics: which job types became claimable, and when."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Wake:
    """Job types that became claimable now, and (type, epoch ms) pairs that become claimable later."""

    now: frozenset[str] = frozenset()
    later: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    # (event, job type) for the metrics: completed, incident_created, ... (not part of the comparison)
    events: tuple[tuple[str, str], ...] = field(default=(), compare=False)
