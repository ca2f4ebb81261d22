# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_exception_dto import AuthorizationExceptionDto
from ...models.exception_dto import ExceptionDto
from ...models.external_task_dto import ExternalTaskDto
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/external-task/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuthorizationExceptionDto | ExceptionDto | ExternalTaskDto | None:
    if response.status_code == 200:
        response_200 = ExternalTaskDto.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = AuthorizationExceptionDto.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ExceptionDto.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ExceptionDto.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ExceptionDto.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ExceptionDto.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto | ExternalTaskDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto | ExternalTaskDto]:
    """Get

     Retrieves an external task (a runtime job) by id.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto | ExternalTaskDto]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | AuthorizationExceptionDto | ExceptionDto | ExternalTaskDto | None:
    """Get

     Retrieves an external task (a runtime job) by id.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto | ExternalTaskDto
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto | ExternalTaskDto]:
    """Get

     Retrieves an external task (a runtime job) by id.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto | ExternalTaskDto]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | AuthorizationExceptionDto | ExceptionDto | ExternalTaskDto | None:
    """Get

     Retrieves an external task (a runtime job) by id.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto | ExternalTaskDto
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
