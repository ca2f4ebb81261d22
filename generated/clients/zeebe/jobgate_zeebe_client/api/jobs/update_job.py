# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_job import CompleteJob
from ...models.error_response import ErrorResponse
from ...models.fail_job import FailJob
from ...models.throw_job_error import ThrowJobError
from ...types import Response


def _get_kwargs(
    key: int,
    *,
    body: CompleteJob | FailJob | ThrowJobError,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/jobs/{key}".format(
            key=quote(str(key), safe=""),
        ),
    }

    if isinstance(body, CompleteJob):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, FailJob):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key: int,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteJob | FailJob | ThrowJobError,
) -> Response[Any | ErrorResponse]:
    """Complete, fail or throw an error for a job

     Sets the outcome of an activated job (or an activatable job whose lease expired; there is
    no fencing by worker):

    - `completed`: `variables` are merged into the process instance, which moves on to its
      next task or completes.
    - `failed`: `retries` becomes the job's remaining retries. With retries left the job is
      activatable again after `retryBackoff`; with `0` it raises an incident carrying
      `errorMessage`.
    - `error_thrown`: the job ends with `errorCode`; the instance gets an incident.

    Completed, error-thrown and failed (incident) jobs answer 409; an unknown key answers 404.

    Args:
        key (int):
        body (CompleteJob | FailJob | ThrowJobError): The outcome of a job, selected by `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key: int,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteJob | FailJob | ThrowJobError,
) -> Any | ErrorResponse | None:
    """Complete, fail or throw an error for a job

     Sets the outcome of an activated job (or an activatable job whose lease expired; there is
    no fencing by worker):

    - `completed`: `variables` are merged into the process instance, which moves on to its
      next task or completes.
    - `failed`: `retries` becomes the job's remaining retries. With retries left the job is
      activatable again after `retryBackoff`; with `0` it raises an incident carrying
      `errorMessage`.
    - `error_thrown`: the job ends with `errorCode`; the instance gets an incident.

    Completed, error-thrown and failed (incident) jobs answer 409; an unknown key answers 404.

    Args:
        key (int):
        body (CompleteJob | FailJob | ThrowJobError): The outcome of a job, selected by `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        key=key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key: int,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteJob | FailJob | ThrowJobError,
) -> Response[Any | ErrorResponse]:
    """Complete, fail or throw an error for a job

     Sets the outcome of an activated job (or an activatable job whose lease expired; there is
    no fencing by worker):

    - `completed`: `variables` are merged into the process instance, which moves on to its
      next task or completes.
    - `failed`: `retries` becomes the job's remaining retries. With retries left the job is
      activatable again after `retryBackoff`; with `0` it raises an incident carrying
      `errorMessage`.
    - `error_thrown`: the job ends with `errorCode`; the instance gets an incident.

    Completed, error-thrown and failed (incident) jobs answer 409; an unknown key answers 404.

    Args:
        key (int):
        body (CompleteJob | FailJob | ThrowJobError): The outcome of a job, selected by `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key: int,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteJob | FailJob | ThrowJobError,
) -> Any | ErrorResponse | None:
    """Complete, fail or throw an error for a job

     Sets the outcome of an activated job (or an activatable job whose lease expired; there is
    no fencing by worker):

    - `completed`: `variables` are merged into the process instance, which moves on to its
      next task or completes.
    - `failed`: `retries` becomes the job's remaining retries. With retries left the job is
      activatable again after `retryBackoff`; with `0` it raises an incident carrying
      `errorMessage`.
    - `error_thrown`: the job ends with `errorCode`; the instance gets an incident.

    Completed, error-thrown and failed (incident) jobs answer 409; an unknown key answers 404.

    Args:
        key (int):
        body (CompleteJob | FailJob | ThrowJobError): The outcome of a job, selected by `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            key=key,
            client=client,
            body=body,
        )
    ).parsed
