# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_exception_dto import AuthorizationExceptionDto
from ...models.exception_dto import ExceptionDto
from ...models.external_task_dto import ExternalTaskDto
from ...models.external_task_query_dto import ExternalTaskQueryDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExternalTaskQueryDto | Unset = UNSET,
    first_result: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["firstResult"] = first_result

    params["maxResults"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/external-task",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ExternalTaskDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ExceptionDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = AuthorizationExceptionDto.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ExceptionDto.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ExceptionDto.from_dict(response.json())

        return response_415

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
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalTaskQueryDto | Unset = UNSET,
    first_result: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]]:
    """Get List (POST)

     The query of `GET /external-task` as a JSON body (list filters as arrays, `sorting` as an array of
    `{sortBy, sortOrder}`); paging in the query string.

    Args:
        first_result (int | Unset):
        max_results (int | Unset):
        body (ExternalTaskQueryDto | Unset): The query of `GET /external-task` as a body (lists as
            arrays).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]]
    """

    kwargs = _get_kwargs(
        body=body,
        first_result=first_result,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalTaskQueryDto | Unset = UNSET,
    first_result: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto] | None:
    """Get List (POST)

     The query of `GET /external-task` as a JSON body (list filters as arrays, `sorting` as an array of
    `{sortBy, sortOrder}`); paging in the query string.

    Args:
        first_result (int | Unset):
        max_results (int | Unset):
        body (ExternalTaskQueryDto | Unset): The query of `GET /external-task` as a body (lists as
            arrays).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]
    """

    return sync_detailed(
        client=client,
        body=body,
        first_result=first_result,
        max_results=max_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalTaskQueryDto | Unset = UNSET,
    first_result: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]]:
    """Get List (POST)

     The query of `GET /external-task` as a JSON body (list filters as arrays, `sorting` as an array of
    `{sortBy, sortOrder}`); paging in the query string.

    Args:
        first_result (int | Unset):
        max_results (int | Unset):
        body (ExternalTaskQueryDto | Unset): The query of `GET /external-task` as a body (lists as
            arrays).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]]
    """

    kwargs = _get_kwargs(
        body=body,
        first_result=first_result,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalTaskQueryDto | Unset = UNSET,
    first_result: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto] | None:
    """Get List (POST)

     The query of `GET /external-task` as a JSON body (list filters as arrays, `sorting` as an array of
    `{sortBy, sortOrder}`); paging in the query string.

    Args:
        first_result (int | Unset):
        max_results (int | Unset):
        body (ExternalTaskQueryDto | Unset): The query of `GET /external-task` as a body (lists as
            arrays).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            first_result=first_result,
            max_results=max_results,
        )
    ).parsed
