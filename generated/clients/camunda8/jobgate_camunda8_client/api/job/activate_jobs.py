# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_activation_request import JobActivationRequest
from ...models.job_activation_result import JobActivationResult
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    *,
    body: JobActivationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/activation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobActivationResult | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = JobActivationResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ProblemDetail.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ProblemDetail.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobActivationResult | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobActivationRequest,
) -> Response[JobActivationResult | ProblemDetail]:
    """Activate jobs

     Claims up to `maxJobsToActivate` activatable jobs of `type` in key order (FIFO) for
    `worker`, with a deadline of now + `timeout` milliseconds.

    When no job is available the request is held (long polling) until a job of this type
    becomes activatable or `requestTimeout` passes; on timeout the answer is 200 with no jobs.
    Long polls of this API and of `/zeebe` share one queue per job type, and a job is
    handed out once across both.

    Tenants: without `tenantIds` only jobs without a tenant (`<default>`) are activated, as in
    Camunda without multi-tenancy; a list activates exactly the jobs of those tenants
    (`<default>` for jobs without one). `tenantFilter: ASSIGNED` takes the caller's tenants
    instead of the list. With authentication on, a listed tenant outside the caller's is a 401.

    Args:
        body (JobActivationRequest): Which jobs to activate, for whom, and for how long.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobActivationResult | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: JobActivationRequest,
) -> JobActivationResult | ProblemDetail | None:
    """Activate jobs

     Claims up to `maxJobsToActivate` activatable jobs of `type` in key order (FIFO) for
    `worker`, with a deadline of now + `timeout` milliseconds.

    When no job is available the request is held (long polling) until a job of this type
    becomes activatable or `requestTimeout` passes; on timeout the answer is 200 with no jobs.
    Long polls of this API and of `/zeebe` share one queue per job type, and a job is
    handed out once across both.

    Tenants: without `tenantIds` only jobs without a tenant (`<default>`) are activated, as in
    Camunda without multi-tenancy; a list activates exactly the jobs of those tenants
    (`<default>` for jobs without one). `tenantFilter: ASSIGNED` takes the caller's tenants
    instead of the list. With authentication on, a listed tenant outside the caller's is a 401.

    Args:
        body (JobActivationRequest): Which jobs to activate, for whom, and for how long.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobActivationResult | ProblemDetail
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobActivationRequest,
) -> Response[JobActivationResult | ProblemDetail]:
    """Activate jobs

     Claims up to `maxJobsToActivate` activatable jobs of `type` in key order (FIFO) for
    `worker`, with a deadline of now + `timeout` milliseconds.

    When no job is available the request is held (long polling) until a job of this type
    becomes activatable or `requestTimeout` passes; on timeout the answer is 200 with no jobs.
    Long polls of this API and of `/zeebe` share one queue per job type, and a job is
    handed out once across both.

    Tenants: without `tenantIds` only jobs without a tenant (`<default>`) are activated, as in
    Camunda without multi-tenancy; a list activates exactly the jobs of those tenants
    (`<default>` for jobs without one). `tenantFilter: ASSIGNED` takes the caller's tenants
    instead of the list. With authentication on, a listed tenant outside the caller's is a 401.

    Args:
        body (JobActivationRequest): Which jobs to activate, for whom, and for how long.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobActivationResult | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: JobActivationRequest,
) -> JobActivationResult | ProblemDetail | None:
    """Activate jobs

     Claims up to `maxJobsToActivate` activatable jobs of `type` in key order (FIFO) for
    `worker`, with a deadline of now + `timeout` milliseconds.

    When no job is available the request is held (long polling) until a job of this type
    becomes activatable or `requestTimeout` passes; on timeout the answer is 200 with no jobs.
    Long polls of this API and of `/zeebe` share one queue per job type, and a job is
    handed out once across both.

    Tenants: without `tenantIds` only jobs without a tenant (`<default>`) are activated, as in
    Camunda without multi-tenancy; a list activates exactly the jobs of those tenants
    (`<default>` for jobs without one). `tenantFilter: ASSIGNED` takes the caller's tenants
    instead of the list. With authentication on, a listed tenant outside the caller's is a 401.

    Args:
        body (JobActivationRequest): Which jobs to activate, for whom, and for how long.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobActivationResult | ProblemDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
