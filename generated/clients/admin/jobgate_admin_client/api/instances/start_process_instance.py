# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.start_instance_request import StartInstanceRequest
from ...models.started_process_instance import StartedProcessInstance
from ...types import Response


def _get_kwargs(
    *,
    body: StartInstanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/process-instances",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StartedProcessInstance | None:
    if response.status_code == 201:
        response_201 = StartedProcessInstance.from_dict(response.json())

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
) -> Response[Problem | StartedProcessInstance]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartInstanceRequest,
) -> Response[Problem | StartedProcessInstance]:
    """Start a process instance

     Starts an instance of the definition selected by `processDefinitionKey`, or by `bpmnProcessId` and
    `tenantId` with `version` (default: the latest). Selectors given together must all match one
    definition.

    Without `jobs` the job of the first task is created (activatable, 3 retries, due at once). With
    `jobs`
    exactly the given jobs are created.

    Args:
        body (StartInstanceRequest): Starts a process instance. Give `bpmnProcessId` (with
            optional `tenantId` and `version`) or `processDefinitionKey`; without either the request
            is a 400. Example: {'bpmnProcessId': 'invoice', 'businessKey': 'order-4711', 'variables':
            {'orderId': 4711, 'amount': 99.5}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StartedProcessInstance]
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
    body: StartInstanceRequest,
) -> Problem | StartedProcessInstance | None:
    """Start a process instance

     Starts an instance of the definition selected by `processDefinitionKey`, or by `bpmnProcessId` and
    `tenantId` with `version` (default: the latest). Selectors given together must all match one
    definition.

    Without `jobs` the job of the first task is created (activatable, 3 retries, due at once). With
    `jobs`
    exactly the given jobs are created.

    Args:
        body (StartInstanceRequest): Starts a process instance. Give `bpmnProcessId` (with
            optional `tenantId` and `version`) or `processDefinitionKey`; without either the request
            is a 400. Example: {'bpmnProcessId': 'invoice', 'businessKey': 'order-4711', 'variables':
            {'orderId': 4711, 'amount': 99.5}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StartedProcessInstance
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartInstanceRequest,
) -> Response[Problem | StartedProcessInstance]:
    """Start a process instance

     Starts an instance of the definition selected by `processDefinitionKey`, or by `bpmnProcessId` and
    `tenantId` with `version` (default: the latest). Selectors given together must all match one
    definition.

    Without `jobs` the job of the first task is created (activatable, 3 retries, due at once). With
    `jobs`
    exactly the given jobs are created.

    Args:
        body (StartInstanceRequest): Starts a process instance. Give `bpmnProcessId` (with
            optional `tenantId` and `version`) or `processDefinitionKey`; without either the request
            is a 400. Example: {'bpmnProcessId': 'invoice', 'businessKey': 'order-4711', 'variables':
            {'orderId': 4711, 'amount': 99.5}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StartedProcessInstance]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartInstanceRequest,
) -> Problem | StartedProcessInstance | None:
    """Start a process instance

     Starts an instance of the definition selected by `processDefinitionKey`, or by `bpmnProcessId` and
    `tenantId` with `version` (default: the latest). Selectors given together must all match one
    definition.

    Without `jobs` the job of the first task is created (activatable, 3 retries, due at once). With
    `jobs`
    exactly the given jobs are created.

    Args:
        body (StartInstanceRequest): Starts a process instance. Give `bpmnProcessId` (with
            optional `tenantId` and `version`) or `processDefinitionKey`; without either the request
            is a 400. Example: {'bpmnProcessId': 'invoice', 'businessKey': 'order-4711', 'variables':
            {'orderId': 4711, 'amount': 99.5}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StartedProcessInstance
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
