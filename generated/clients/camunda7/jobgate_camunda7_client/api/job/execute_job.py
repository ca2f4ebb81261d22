# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_exception_dto import AuthorizationExceptionDto
from ...models.exception_dto import ExceptionDto
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job/{id}/execute".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuthorizationExceptionDto | ExceptionDto | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = AuthorizationExceptionDto.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ExceptionDto.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ExceptionDto.from_dict(response.json())

        return response_409

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
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto]:
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
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto]:
    """Execute Job

     Runs a runtime job now, as if its worker had completed it: the job ends and its process instance
    moves on
    to the next task (or completes). A failed job (an incident) runs too and its incident ends;
    suspension does
    not stop it, as in the engine. A job that a worker holds under a lease that has not run out is a 409
    `RestException` (it would run twice). An unknown job is a 404 "ENGINE-14026 No job found with id
    '<id>'".

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto]
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
) -> Any | AuthorizationExceptionDto | ExceptionDto | None:
    """Execute Job

     Runs a runtime job now, as if its worker had completed it: the job ends and its process instance
    moves on
    to the next task (or completes). A failed job (an incident) runs too and its incident ends;
    suspension does
    not stop it, as in the engine. A job that a worker holds under a lease that has not run out is a 409
    `RestException` (it would run twice). An unknown job is a 404 "ENGINE-14026 No job found with id
    '<id>'".

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto]:
    """Execute Job

     Runs a runtime job now, as if its worker had completed it: the job ends and its process instance
    moves on
    to the next task (or completes). A failed job (an incident) runs too and its incident ends;
    suspension does
    not stop it, as in the engine. A job that a worker holds under a lease that has not run out is a 409
    `RestException` (it would run twice). An unknown job is a 404 "ENGINE-14026 No job found with id
    '<id>'".

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto]
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
) -> Any | AuthorizationExceptionDto | ExceptionDto | None:
    """Execute Job

     Runs a runtime job now, as if its worker had completed it: the job ends and its process instance
    moves on
    to the next task (or completes). A failed job (an incident) runs too and its incident ends;
    suspension does
    not stop it, as in the engine. A job that a worker holds under a lease that has not run out is a 409
    `RestException` (it would run twice). An unknown job is a 404 "ENGINE-14026 No job found with id
    '<id>'".

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
