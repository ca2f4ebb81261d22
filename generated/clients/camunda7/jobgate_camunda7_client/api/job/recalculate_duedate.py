# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_exception_dto import AuthorizationExceptionDto
from ...models.exception_dto import ExceptionDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    creation_date_based: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["creationDateBased"] = creation_date_based

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job/{id}/duedate/recalculate".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuthorizationExceptionDto | ExceptionDto | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ExceptionDto.from_dict(response.json())

        return response_400

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
    creation_date_based: bool | Unset = True,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto]:
    """Recalculate Job Due Date

     Recalculates the due date of a timer job from its job definition's timer configuration: `DURATION:
    <ISO 8601 duration>` counts from the job's create time (`creationDateBased`, the default) or from
    now,
    `DATE: <date>` is that date. A job that is not a timer is a 409 with the engine's message (the
    engine
    answers 500), as is a configuration jobgate cannot evaluate (e.g. a `CYCLE`). A job due now or
    earlier wakes
    the workers waiting for its type, a later one at its due date.

    Args:
        id (str):
        creation_date_based (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto]
    """

    kwargs = _get_kwargs(
        id=id,
        creation_date_based=creation_date_based,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    creation_date_based: bool | Unset = True,
) -> Any | AuthorizationExceptionDto | ExceptionDto | None:
    """Recalculate Job Due Date

     Recalculates the due date of a timer job from its job definition's timer configuration: `DURATION:
    <ISO 8601 duration>` counts from the job's create time (`creationDateBased`, the default) or from
    now,
    `DATE: <date>` is that date. A job that is not a timer is a 409 with the engine's message (the
    engine
    answers 500), as is a configuration jobgate cannot evaluate (e.g. a `CYCLE`). A job due now or
    earlier wakes
    the workers waiting for its type, a later one at its due date.

    Args:
        id (str):
        creation_date_based (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto
    """

    return sync_detailed(
        id=id,
        client=client,
        creation_date_based=creation_date_based,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    creation_date_based: bool | Unset = True,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto]:
    """Recalculate Job Due Date

     Recalculates the due date of a timer job from its job definition's timer configuration: `DURATION:
    <ISO 8601 duration>` counts from the job's create time (`creationDateBased`, the default) or from
    now,
    `DATE: <date>` is that date. A job that is not a timer is a 409 with the engine's message (the
    engine
    answers 500), as is a configuration jobgate cannot evaluate (e.g. a `CYCLE`). A job due now or
    earlier wakes
    the workers waiting for its type, a later one at its due date.

    Args:
        id (str):
        creation_date_based (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto]
    """

    kwargs = _get_kwargs(
        id=id,
        creation_date_based=creation_date_based,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    creation_date_based: bool | Unset = True,
) -> Any | AuthorizationExceptionDto | ExceptionDto | None:
    """Recalculate Job Due Date

     Recalculates the due date of a timer job from its job definition's timer configuration: `DURATION:
    <ISO 8601 duration>` counts from the job's create time (`creationDateBased`, the default) or from
    now,
    `DATE: <date>` is that date. A job that is not a timer is a 409 with the engine's message (the
    engine
    answers 500), as is a configuration jobgate cannot evaluate (e.g. a `CYCLE`). A job due now or
    earlier wakes
    the workers waiting for its type, a later one at its due date.

    Args:
        id (str):
        creation_date_based (bool | Unset):  Default: True.

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
            creation_date_based=creation_date_based,
        )
    ).parsed
