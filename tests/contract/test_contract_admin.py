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


class AdminWorkflow(SteeredMachine, schema.as_state_machine()):  # type: ignore[misc]
    """Deploy -> start an instance of that definition -> inspect it, following the spec's links."""

    spec = "admin"


TestAdminWorkflow = AdminWorkflow.TestCase
TestAdminWorkflow.settings = STATEFUL
