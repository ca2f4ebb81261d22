# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from typing import Literal

JobActivationRequestTenantFilter = Literal["ASSIGNED", "PROVIDED"]

JOB_ACTIVATION_REQUEST_TENANT_FILTER_VALUES: set[JobActivationRequestTenantFilter] = {
    "ASSIGNED",
    "PROVIDED",
}


def check_job_activation_request_tenant_filter(value: str) -> JobActivationRequestTenantFilter:
    if value in JOB_ACTIVATION_REQUEST_TENANT_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_ACTIVATION_REQUEST_TENANT_FILTER_VALUES!r}")
