# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_exception_dto import AuthorizationExceptionDto
from ...models.exception_dto import ExceptionDto
from ...models.fetch_external_tasks_dto import FetchExternalTasksDto
from ...models.locked_external_task_dto import LockedExternalTaskDto
from ...types import Response


def _get_kwargs(
    *,
    body: FetchExternalTasksDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/external-task/fetchAndLock",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuthorizationExceptionDto | ExceptionDto | list[LockedExternalTaskDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LockedExternalTaskDto.from_dict(response_200_item_data)

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
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto | list[LockedExternalTaskDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FetchExternalTasksDto,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto | list[LockedExternalTaskDto]]:
    """Fetch and Lock

     Fetches and locks up to `maxTasks` external tasks of the given topics for `workerId`, each for its
    topic's
    `lockDuration` (ms). A task is a runtime job; its topic is the job's type, its lock the job's lease,
    so a task
    locked here is activated for every dialect and never goes to a second worker. With
    `asyncResponseTimeout`
    (ms, at most 1800000) the request waits until a task can be locked (long polling, in the same per-
    type
    queues as `GET /zeebe/jobs`) and answers `[]` when the time is up; without it, it answers at once.
    Variables come in Camunda's typed form. `processVariables` filters are not supported (a 400 unless
    empty).

    Args:
        body (FetchExternalTasksDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto | list[LockedExternalTaskDto]]
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
    body: FetchExternalTasksDto,
) -> Any | AuthorizationExceptionDto | ExceptionDto | list[LockedExternalTaskDto] | None:
    """Fetch and Lock

     Fetches and locks up to `maxTasks` external tasks of the given topics for `workerId`, each for its
    topic's
    `lockDuration` (ms). A task is a runtime job; its topic is the job's type, its lock the job's lease,
    so a task
    locked here is activated for every dialect and never goes to a second worker. With
    `asyncResponseTimeout`
    (ms, at most 1800000) the request waits until a task can be locked (long polling, in the same per-
    type
    queues as `GET /zeebe/jobs`) and answers `[]` when the time is up; without it, it answers at once.
    Variables come in Camunda's typed form. `processVariables` filters are not supported (a 400 unless
    empty).

    Args:
        body (FetchExternalTasksDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto | list[LockedExternalTaskDto]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FetchExternalTasksDto,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto | list[LockedExternalTaskDto]]:
    """Fetch and Lock

     Fetches and locks up to `maxTasks` external tasks of the given topics for `workerId`, each for its
    topic's
    `lockDuration` (ms). A task is a runtime job; its topic is the job's type, its lock the job's lease,
    so a task
    locked here is activated for every dialect and never goes to a second worker. With
    `asyncResponseTimeout`
    (ms, at most 1800000) the request waits until a task can be locked (long polling, in the same per-
    type
    queues as `GET /zeebe/jobs`) and answers `[]` when the time is up; without it, it answers at once.
    Variables come in Camunda's typed form. `processVariables` filters are not supported (a 400 unless
    empty).

    Args:
        body (FetchExternalTasksDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto | list[LockedExternalTaskDto]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FetchExternalTasksDto,
) -> Any | AuthorizationExceptionDto | ExceptionDto | list[LockedExternalTaskDto] | None:
    """Fetch and Lock

     Fetches and locks up to `maxTasks` external tasks of the given topics for `workerId`, each for its
    topic's
    `lockDuration` (ms). A task is a runtime job; its topic is the job's type, its lock the job's lease,
    so a task
    locked here is activated for every dialect and never goes to a second worker. With
    `asyncResponseTimeout`
    (ms, at most 1800000) the request waits until a task can be locked (long polling, in the same per-
    type
    queues as `GET /zeebe/jobs`) and answers `[]` when the time is up; without it, it answers at once.
    Variables come in Camunda's typed form. `processVariables` filters are not supported (a 400 unless
    empty).

    Args:
        body (FetchExternalTasksDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto | list[LockedExternalTaskDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
