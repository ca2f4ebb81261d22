"""Contract-test hooks and fixtures (the app and the helpers live in support.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from . import hooks  # noqa: F401  (registers the Schemathesis hooks)
from .support import CASES, SPECS, STATUSES, Snapshot, Verifier, close_contract_app, store_snapshot


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Report how many cases each spec's contract tests ran, and the statuses each operation answered."""
    if not CASES:
        return
    terminalreporter.section("contract cases")
    for spec in SPECS:
        counts = {kind: CASES[(spec, kind)] for kind in ("positive", "negative", "stateful")}
        if any(counts.values()):
            detail = ", ".join(f"{n} {kind}" for kind, n in counts.items())
            terminalreporter.write_line(f"{spec}: {sum(counts.values())} cases ({detail})")
        for (name, label), statuses in sorted(STATUSES.items()):
            if name == spec:
                shown = " ".join(f"{status}x{n}" for status, n in sorted(statuses.items()))
                terminalreporter.write_line(f"    {label}: {shown}")


def pytest_sessionfinish() -> None:
    close_contract_app()


@pytest.fixture(scope="session")
def contract_snapshot() -> Snapshot:
    return store_snapshot()


@pytest.fixture(scope="session")
def verify(contract_snapshot: Snapshot) -> Iterator[Verifier]:
    verifier = Verifier(contract_snapshot)
    yield verifier
    verifier.close()
