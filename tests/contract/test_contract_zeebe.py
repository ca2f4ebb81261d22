"""Schemathesis contract tests of openapi/zeebe.yaml: every default check, positive and negative data, stateful."""

from __future__ import annotations

from typing import Any

import schemathesis

from .hooks import SteeredMachine
from .support import PROFILE, STATEFUL, Verifier, load

schema = load("zeebe")


@schema.parametrize()
@PROFILE
def test_zeebe(case: schemathesis.Case[Any], verify: Verifier) -> None:
    verify("zeebe", case)


class ZeebeWorkflow(SteeredMachine, schema.as_state_machine()):  # type: ignore[misc]
    """Activate jobs of a seeded type -> complete, fail or throw an error for the first, following the spec's links."""

    spec = "zeebe"


TestZeebeWorkflow = ZeebeWorkflow.TestCase
TestZeebeWorkflow.settings = STATEFUL
