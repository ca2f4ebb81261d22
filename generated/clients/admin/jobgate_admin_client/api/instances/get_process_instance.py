# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.process_instance_view import ProcessInstanceView
from ...types import Response


def _get_kwargs(
    process_instance_key: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/process-instances/{process_instance_key}".format(
            process_instance_key=quote(str(process_instance_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcessInstanceView | None:
    if response.status_code == 200:
        response_200 = ProcessInstanceView.from_dict(response.json())

        return response_200

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
) -> Response[Problem | ProcessInstanceView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    process_instance_key: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | ProcessInstanceView]:
    """Get a process instance

     Returns the instance with its variables and all its jobs, runtime and finished, ordered by key.

    Args:
        process_instance_key (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProcessInstanceView]
    """

    kwargs = _get_kwargs(
        process_instance_key=process_instance_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    process_instance_key: int,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | ProcessInstanceView | None:
    """Get a process instance

     Returns the instance with its variables and all its jobs, runtime and finished, ordered by key.

    Args:
        process_instance_key (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProcessInstanceView
    """

    return sync_detailed(
        process_instance_key=process_instance_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    process_instance_key: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | ProcessInstanceView]:
    """Get a process instance

     Returns the instance with its variables and all its jobs, runtime and finished, ordered by key.

    Args:
        process_instance_key (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProcessInstanceView]
    """

    kwargs = _get_kwargs(
        process_instance_key=process_instance_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    process_instance_key: int,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | ProcessInstanceView | None:
    """Get a process instance

     Returns the instance with its variables and all its jobs, runtime and finished, ordered by key.

    Args:
        process_instance_key (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProcessInstanceView
    """

    return (
        await asyncio_detailed(
            process_instance_key=process_instance_key,
            client=client,
        )
    ).parsed
