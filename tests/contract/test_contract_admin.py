"""Schemathesis contract tests of openapi/admin.yaml: every default check, positive and negative data, stateful."""

from __future__ import annotations

from typing import Any

import schemathesis

from .hooks import SteeredMachine
from .support import PROFILE, STATEFUL, Verifier, load

schema = load("admin")


@schema.parametrize()
@PROFILE
def test_admin(case: schemathesis.Case[Any], verify: Verifier) -> None:
    verify("admin", case)


# The users operations leave the workflow: a user persists across Hypothesis' replays of one scenario (PUT answers
# 201, then 200 for the same name), so the links' bundles would differ between replays (FlakyStrategyDefinition
# under the derandomised CI profile). They are fuzzed by test_admin above and, with authentication on, by
# test_contract_auth.py.
_WORKFLOW = schema.exclude(path_regex="^/users")


class AdminWorkflow(SteeredMachine, _WORKFLOW.as_state_machine()):  # type: ignore[misc]
    """Deploy -> start an instance of that definition -> inspect it, following the spec's links."""

    spec = "admin"


TestAdminWorkflow = AdminWorkflow.TestCase
TestAdminWorkflow.settings = STATEFUL
