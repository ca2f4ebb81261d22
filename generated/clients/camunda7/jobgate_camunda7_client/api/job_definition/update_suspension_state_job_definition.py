# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_exception_dto import AuthorizationExceptionDto
from ...models.exception_dto import ExceptionDto
from ...models.job_definition_suspension_state_dto import JobDefinitionSuspensionStateDto
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: JobDefinitionSuspensionStateDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/job-definition/{id}/suspended".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: JobDefinitionSuspensionStateDto,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto]:
    """Activate/Suspend Job Definition

     Suspends or activates a job definition: jobs created for a suspended one start suspended.
    `includeJobs`
    does the same to its runtime jobs (activating wakes the workers waiting for its type).
    `executionDate`
    empty or not in the future applies at once; a future date keeps the change and carries it out at
    that
    date (within about a second). An unknown job definition is a 404, also with a future date (the
    engine
    ignores it).

    Args:
        id (str):
        body (JobDefinitionSuspensionStateDto): The new suspension state of a job definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobDefinitionSuspensionStateDto,
) -> Any | AuthorizationExceptionDto | ExceptionDto | None:
    """Activate/Suspend Job Definition

     Suspends or activates a job definition: jobs created for a suspended one start suspended.
    `includeJobs`
    does the same to its runtime jobs (activating wakes the workers waiting for its type).
    `executionDate`
    empty or not in the future applies at once; a future date keeps the change and carries it out at
    that
    date (within about a second). An unknown job definition is a 404, also with a future date (the
    engine
    ignores it).

    Args:
        id (str):
        body (JobDefinitionSuspensionStateDto): The new suspension state of a job definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobDefinitionSuspensionStateDto,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto]:
    """Activate/Suspend Job Definition

     Suspends or activates a job definition: jobs created for a suspended one start suspended.
    `includeJobs`
    does the same to its runtime jobs (activating wakes the workers waiting for its type).
    `executionDate`
    empty or not in the future applies at once; a future date keeps the change and carries it out at
    that
    date (within about a second). An unknown job definition is a 404, also with a future date (the
    engine
    ignores it).

    Args:
        id (str):
        body (JobDefinitionSuspensionStateDto): The new suspension state of a job definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobDefinitionSuspensionStateDto,
) -> Any | AuthorizationExceptionDto | ExceptionDto | None:
    """Activate/Suspend Job Definition

     Suspends or activates a job definition: jobs created for a suspended one start suspended.
    `includeJobs`
    does the same to its runtime jobs (activating wakes the workers waiting for its type).
    `executionDate`
    empty or not in the future applies at once; a future date keeps the change and carries it out at
    that
    date (within about a second). An unknown job definition is a 404, also with a future date (the
    engine
    ignores it).

    Args:
        id (str):
        body (JobDefinitionSuspensionStateDto): The new suspension state of a job definition.

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
            body=body,
        )
    ).parsed
