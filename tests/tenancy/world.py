"""The tenant tests' world: one definition and instance per tenant (a, b, c and none), and who sees what."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from .support import header

A, B, C = "tenant-a", "tenant-b", "tenant-c"
TENANTS: tuple[str | None, ...] = (A, B, C, None)
# Principals by name: their tenants (None: every tenant); "anonymous" has no principal at all (auth off).
PRINCIPALS: dict[str, frozenset[str] | None] = {
    "a": frozenset({A}),
    "ab": frozenset({A, B}),
    "all": None,
    "none": frozenset(),
    "anonymous": None,
}


def headers(principal: str) -> dict[str, str]:
    return {} if principal == "anonymous" else header(PRINCIPALS[principal], name=principal)


def sees(principal: str, tenant: str | None) -> bool:
    tenants = PRINCIPALS[principal]
    return tenant is None or tenants is None or tenant in tenants


def restricted(principal: str) -> bool:
    return PRINCIPALS[principal] is not None


@dataclass(frozen=True)
class Instance:
    tenant: str | None
    key: int
    job: int
    job_definition: str


@dataclass(frozen=True)
class World:
    bpmn: str
    instances: tuple[Instance, ...]

    def of(self, tenant: str | None) -> Instance:
        return next(i for i in self.instances if i.tenant == tenant)

    def jobs(self, principal: str, where: Any = lambda t: True) -> list[str]:
        """The job ids a principal sees that match a tenant condition, in key order."""
        return [str(i.job) for i in sorted(self.instances, key=lambda i: i.job) if sees(principal, i.tenant)
                and where(i.tenant)]


async def build(client: httpx.AsyncClient, bpmn: str) -> World:
    """Deploy `bpmn` (task type `bpmn`) for each tenant and start one instance of each (anonymously)."""
    instances = []
    for tenant in TENANTS:
        r = await client.post("/admin/process-definitions", json={
            "bpmnProcessId": bpmn, "tenantId": tenant, "tasks": [{"elementId": "task", "type": bpmn}]})
        assert r.status_code == 201, r.text
        definition = r.json()["jobDefinitions"][0]["id"]
        r = await client.post("/admin/process-instances", json={"bpmnProcessId": bpmn, "tenantId": tenant})
        assert r.status_code == 201, r.text
        instances.append(Instance(tenant, r.json()["processInstanceKey"], r.json()["jobs"][0]["key"],
                                  str(definition)))
    return World(bpmn, tuple(instances))


async def snapshot(client: httpx.AsyncClient, world: World) -> list[dict[str, Any]]:
    """Every instance of the world as the admin API shows it (anonymously): to prove refusals changed nothing."""
    views = []
    for i in world.instances:
        r = await client.get(f"/admin/process-instances/{i.key}")
        assert r.status_code == 200, r.text
        views.append(r.json())
    return views
