"""Schemathesis contract tests of openapi/camunda7.yaml: every default check, positive and negative data, stateful."""

from __future__ import annotations

from typing import Any

import schemathesis

from .hooks import SteeredMachine
from .support import PROFILE, STATEFUL, Verifier, load

schema = load("camunda7")


@schema.parametrize()
@PROFILE
def test_camunda7(case: schemathesis.Case[Any], verify: Verifier) -> None:
    verify("camunda7", case)


class Camunda7Workflow(SteeredMachine, schema.as_state_machine()):  # type: ignore[misc]
    """List jobs -> count the jobs of the first one's instance, or look up its job definition (the spec's links)."""

    spec = "camunda7"


TestCamunda7Workflow = Camunda7Workflow.TestCase
TestCamunda7Workflow.settings = STATEFUL
