# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_search_query import JobSearchQuery
from ...models.job_search_query_result import JobSearchQueryResult
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: JobSearchQuery | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/search",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobSearchQueryResult | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = JobSearchQueryResult.from_dict(response.json())

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
) -> Response[JobSearchQueryResult | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobSearchQuery | Unset = UNSET,
) -> Response[JobSearchQueryResult | ProblemDetail]:
    """Search jobs

     Jobs in every state (completed ones included), filtered by exact values, sorted, and
    paged with `from` and `limit` (default 100, at most 10000). Jobs of tenants outside the
    caller's are left out.

    Args:
        body (JobSearchQuery | Unset): Filter, sort and page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobSearchQueryResult | ProblemDetail]
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
    body: JobSearchQuery | Unset = UNSET,
) -> JobSearchQueryResult | ProblemDetail | None:
    """Search jobs

     Jobs in every state (completed ones included), filtered by exact values, sorted, and
    paged with `from` and `limit` (default 100, at most 10000). Jobs of tenants outside the
    caller's are left out.

    Args:
        body (JobSearchQuery | Unset): Filter, sort and page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobSearchQueryResult | ProblemDetail
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobSearchQuery | Unset = UNSET,
) -> Response[JobSearchQueryResult | ProblemDetail]:
    """Search jobs

     Jobs in every state (completed ones included), filtered by exact values, sorted, and
    paged with `from` and `limit` (default 100, at most 10000). Jobs of tenants outside the
    caller's are left out.

    Args:
        body (JobSearchQuery | Unset): Filter, sort and page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobSearchQueryResult | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: JobSearchQuery | Unset = UNSET,
) -> JobSearchQueryResult | ProblemDetail | None:
    """Search jobs

     Jobs in every state (completed ones included), filtered by exact values, sorted, and
    paged with `from` and `limit` (default 100, at most 10000). Jobs of tenants outside the
    caller's are left out.

    Args:
        body (JobSearchQuery | Unset): Filter, sort and page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobSearchQueryResult | ProblemDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
