# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.load_request import LoadRequest
from ...models.load_result import LoadResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: LoadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/load",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LoadResult | Problem | None:
    if response.status_code == 201:
        response_201 = LoadResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LoadResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoadRequest,
) -> Response[LoadResult | Problem]:
    """Bulk load fixtures

     Deploys many definitions and starts many instances in one call, for benchmarks. The definitions are
    deployed first, so the instances can refer to them. One call starts at most 100,000 instances with
    at most 1,000,000 jobs in all (the sum of `count`, times the fixtures per instance); more is a 400.

    Args:
        body (LoadRequest): Definitions to deploy and instances to start. Example: {'definitions':
            [{'bpmnProcessId': 'invoice', 'tasks': [{'elementId': 'charge-card', 'type': 'charge-
            card'}]}], 'instances': [{'bpmnProcessId': 'invoice', 'count': 1000, 'variables':
            {'amount': 99.5}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoadResult | Problem]
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
    body: LoadRequest,
) -> LoadResult | Problem | None:
    """Bulk load fixtures

     Deploys many definitions and starts many instances in one call, for benchmarks. The definitions are
    deployed first, so the instances can refer to them. One call starts at most 100,000 instances with
    at most 1,000,000 jobs in all (the sum of `count`, times the fixtures per instance); more is a 400.

    Args:
        body (LoadRequest): Definitions to deploy and instances to start. Example: {'definitions':
            [{'bpmnProcessId': 'invoice', 'tasks': [{'elementId': 'charge-card', 'type': 'charge-
            card'}]}], 'instances': [{'bpmnProcessId': 'invoice', 'count': 1000, 'variables':
            {'amount': 99.5}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoadResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoadRequest,
) -> Response[LoadResult | Problem]:
    """Bulk load fixtures

     Deploys many definitions and starts many instances in one call, for benchmarks. The definitions are
    deployed first, so the instances can refer to them. One call starts at most 100,000 instances with
    at most 1,000,000 jobs in all (the sum of `count`, times the fixtures per instance); more is a 400.

    Args:
        body (LoadRequest): Definitions to deploy and instances to start. Example: {'definitions':
            [{'bpmnProcessId': 'invoice', 'tasks': [{'elementId': 'charge-card', 'type': 'charge-
            card'}]}], 'instances': [{'bpmnProcessId': 'invoice', 'count': 1000, 'variables':
            {'amount': 99.5}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoadResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoadRequest,
) -> LoadResult | Problem | None:
    """Bulk load fixtures

     Deploys many definitions and starts many instances in one call, for benchmarks. The definitions are
    deployed first, so the instances can refer to them. One call starts at most 100,000 instances with
    at most 1,000,000 jobs in all (the sum of `count`, times the fixtures per instance); more is a 400.

    Args:
        body (LoadRequest): Definitions to deploy and instances to start. Example: {'definitions':
            [{'bpmnProcessId': 'invoice', 'tasks': [{'elementId': 'charge-card', 'type': 'charge-
            card'}]}], 'instances': [{'bpmnProcessId': 'invoice', 'count': 1000, 'variables':
            {'amount': 99.5}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoadResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
