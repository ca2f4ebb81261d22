# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.job_activation_request_tenant_filter import (
    JobActivationRequestTenantFilter,
    check_job_activation_request_tenant_filter,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobActivationRequest")


@_attrs_define
class JobActivationRequest:
    """Which jobs to activate, for whom, and for how long.

    Attributes:
        type_ (str): The job type, as defined in the BPMN process (e.g. `charge-card`).
        timeout (int): How long (milliseconds) the jobs stay leased to this worker (at most 100 years).
        max_jobs_to_activate (int): The most jobs to activate with this request.
        worker (str | Unset): Name of the worker activating the jobs; stored on each job (empty when absent).
        fetch_variable (list[str] | Unset): Names of the variables to return with each job; absent or empty means all.
        request_timeout (int | Unset): Long-polling timeout in milliseconds: `0` or absent is the server default
            (JOBGATE_LONG_POLL_TIMEOUT_MS), a negative value answers at once.
        tenant_ids (list[str] | Unset): The tenants to activate jobs of (`<default>` for jobs without a tenant). Absent
            or empty means `<default>`.
        tenant_filter (JobActivationRequestTenantFilter | Unset): `PROVIDED` uses `tenantIds`; `ASSIGNED` the caller's
            tenants (every tenant with authentication off). Default: 'PROVIDED'.
        with_lease (bool | None | Unset): Job lease tokens are not supported; accepted and ignored (no `jobLeaseToken`
            is returned).
    """

    type_: str
    timeout: int
    max_jobs_to_activate: int
    worker: str | Unset = UNSET
    fetch_variable: list[str] | Unset = UNSET
    request_timeout: int | Unset = UNSET
    tenant_ids: list[str] | Unset = UNSET
    tenant_filter: JobActivationRequestTenantFilter | Unset = "PROVIDED"
    with_lease: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        timeout = self.timeout

        max_jobs_to_activate = self.max_jobs_to_activate

        worker = self.worker

        fetch_variable: list[str] | Unset = UNSET
        if not isinstance(self.fetch_variable, Unset):
            fetch_variable = self.fetch_variable

        request_timeout = self.request_timeout

        tenant_ids: list[str] | Unset = UNSET
        if not isinstance(self.tenant_ids, Unset):
            tenant_ids = self.tenant_ids

        tenant_filter: str | Unset = UNSET
        if not isinstance(self.tenant_filter, Unset):
            tenant_filter = self.tenant_filter

        with_lease: bool | None | Unset
        if isinstance(self.with_lease, Unset):
            with_lease = UNSET
        else:
            with_lease = self.with_lease

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "timeout": timeout,
                "maxJobsToActivate": max_jobs_to_activate,
            }
        )
        if worker is not UNSET:
            field_dict["worker"] = worker
        if fetch_variable is not UNSET:
            field_dict["fetchVariable"] = fetch_variable
        if request_timeout is not UNSET:
            field_dict["requestTimeout"] = request_timeout
        if tenant_ids is not UNSET:
            field_dict["tenantIds"] = tenant_ids
        if tenant_filter is not UNSET:
            field_dict["tenantFilter"] = tenant_filter
        if with_lease is not UNSET:
            field_dict["withLease"] = with_lease

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        timeout = d.pop("timeout")

        max_jobs_to_activate = d.pop("maxJobsToActivate")

        worker = d.pop("worker", UNSET)

        fetch_variable = cast(list[str], d.pop("fetchVariable", UNSET))

        request_timeout = d.pop("requestTimeout", UNSET)

        tenant_ids = cast(list[str], d.pop("tenantIds", UNSET))

        _tenant_filter = d.pop("tenantFilter", UNSET)
        tenant_filter: JobActivationRequestTenantFilter | Unset
        if isinstance(_tenant_filter, Unset):
            tenant_filter = UNSET
        else:
            tenant_filter = check_job_activation_request_tenant_filter(_tenant_filter)

        def _parse_with_lease(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        with_lease = _parse_with_lease(d.pop("withLease", UNSET))

        job_activation_request = cls(
            type_=type_,
            timeout=timeout,
            max_jobs_to_activate=max_jobs_to_activate,
            worker=worker,
            fetch_variable=fetch_variable,
            request_timeout=request_timeout,
            tenant_ids=tenant_ids,
            tenant_filter=tenant_filter,
            with_lease=with_lease,
        )

        return job_activation_request
