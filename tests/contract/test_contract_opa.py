"""Schemathesis contract tests of openapi/opa.yaml: every default check, positive and negative data, stateful."""

from __future__ import annotations

from typing import Any

import schemathesis

from .hooks import SteeredMachine
from .support import PROFILE, STATEFUL, Verifier, load

schema = load("opa")


@schema.parametrize()
@PROFILE
def test_opa(case: schemathesis.Case[Any], verify: Verifier) -> None:
    verify("opa", case)


class OpaWorkflow(SteeredMachine, schema.as_state_machine()):  # type: ignore[misc]
    """List a seeded instance's jobs -> read the first -> resubmit it, following the spec's links."""

    spec = "opa"


TestOpaWorkflow = OpaWorkflow.TestCase
TestOpaWorkflow.settings = STATEFUL
