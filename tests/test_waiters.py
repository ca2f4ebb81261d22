"""jobgate.waiters.may_see: which jobs a claim's tenant set may take (the hub's FIFO repair in _serve relies on it,
tests/tenancy/test_waiters.py covers that end to end)."""

from __future__ import annotations

import pytest

from jobgate.store.activation import ExactTenants
from jobgate.waiters import may_see

A, B = "tenant-a", "tenant-b"


@pytest.mark.parametrize(("tenants", "tenant_id", "expected"), [
    (None, None, True),  # unrestricted: everything
    (None, A, True),
    (frozenset({A}), None, True),  # a plain set always includes tenant-less jobs
    (frozenset({A}), A, True),
    (frozenset({A}), B, False),
    (frozenset(), None, True),  # no tenants at all: tenant-less jobs only
    (frozenset(), A, False),
    (ExactTenants({A}), None, False),  # Camunda 8's explicit tenantIds: tenant-less only when it says so
    (ExactTenants({A}, tenantless=True), None, True),
    (ExactTenants({A}), A, True),
    (ExactTenants({A}, tenantless=True), B, False),
])
def test_may_see(tenants: frozenset[str] | None, tenant_id: str | None, expected: bool) -> None:
    assert may_see(tenants, tenant_id) is expected
