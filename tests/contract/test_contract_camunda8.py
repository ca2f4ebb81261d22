"""Schemathesis contract tests of openapi/camunda8.yaml: every default check, positive and negative data, stateful."""

from __future__ import annotations

from typing import Any

import schemathesis

from .hooks import SteeredMachine
from .support import PROFILE, STATEFUL, Verifier, load

schema = load("camunda8")


@schema.parametrize()
@PROFILE
def test_camunda8(case: schemathesis.Case[Any], verify: Verifier) -> None:
    verify("camunda8", case)


class Camunda8Workflow(SteeredMachine, schema.as_state_machine()):  # type: ignore[misc]
    """Activate jobs of a seeded type -> complete or fail the first, following the spec's links."""

    spec = "camunda8"


TestCamunda8Workflow = Camunda8Workflow.TestCase
TestCamunda8Workflow.settings = STATEFUL
