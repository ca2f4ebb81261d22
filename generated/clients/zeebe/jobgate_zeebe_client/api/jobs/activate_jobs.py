# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activate_jobs_response import ActivateJobsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str,
    max_jobs_to_activate: int | Unset = 32,
    worker: str | Unset = "default",
    job_timeout: str | Unset = "5m",
    fetch_variables: list[str] | Unset = UNSET,
    request_timeout: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["maxJobsToActivate"] = max_jobs_to_activate

    params["worker"] = worker

    params["jobTimeout"] = job_timeout

    json_fetch_variables: list[str] | Unset = UNSET
    if not isinstance(fetch_variables, Unset):
        json_fetch_variables = fetch_variables

    params["fetchVariables"] = json_fetch_variables

    params["requestTimeout"] = request_timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivateJobsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ActivateJobsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivateJobsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    max_jobs_to_activate: int | Unset = 32,
    worker: str | Unset = "default",
    job_timeout: str | Unset = "5m",
    fetch_variables: list[str] | Unset = UNSET,
    request_timeout: int | Unset = UNSET,
) -> Response[ActivateJobsResponse | ErrorResponse]:
    """Activate jobs of a type

     Claims up to `maxJobsToActivate` activatable jobs of the given `type` in key order (FIFO)
    for `worker`, with a deadline of now + `jobTimeout`. Retries are unchanged.

    When no job is available the request is held (long polling) until a job of this type
    becomes activatable or `requestTimeout` passes; on timeout the answer is 200 with an
    empty job list.

    The response body stays within JOBGATE_MAX_ACTIVATION_BYTES (default 4 MiB): jobs that do
    not fit stay activatable for the next request. A job that alone is larger is not activated:
    it fails with an incident (retries 0) whose exception message says so, as Zeebe does.

    Args:
        type_ (str):
        max_jobs_to_activate (int | Unset):  Default: 32.
        worker (str | Unset):  Default: 'default'.
        job_timeout (str | Unset):  Default: '5m'.
        fetch_variables (list[str] | Unset):
        request_timeout (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivateJobsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        max_jobs_to_activate=max_jobs_to_activate,
        worker=worker,
        job_timeout=job_timeout,
        fetch_variables=fetch_variables,
        request_timeout=request_timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    max_jobs_to_activate: int | Unset = 32,
    worker: str | Unset = "default",
    job_timeout: str | Unset = "5m",
    fetch_variables: list[str] | Unset = UNSET,
    request_timeout: int | Unset = UNSET,
) -> ActivateJobsResponse | ErrorResponse | None:
    """Activate jobs of a type

     Claims up to `maxJobsToActivate` activatable jobs of the given `type` in key order (FIFO)
    for `worker`, with a deadline of now + `jobTimeout`. Retries are unchanged.

    When no job is available the request is held (long polling) until a job of this type
    becomes activatable or `requestTimeout` passes; on timeout the answer is 200 with an
    empty job list.

    The response body stays within JOBGATE_MAX_ACTIVATION_BYTES (default 4 MiB): jobs that do
    not fit stay activatable for the next request. A job that alone is larger is not activated:
    it fails with an incident (retries 0) whose exception message says so, as Zeebe does.

    Args:
        type_ (str):
        max_jobs_to_activate (int | Unset):  Default: 32.
        worker (str | Unset):  Default: 'default'.
        job_timeout (str | Unset):  Default: '5m'.
        fetch_variables (list[str] | Unset):
        request_timeout (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivateJobsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        max_jobs_to_activate=max_jobs_to_activate,
        worker=worker,
        job_timeout=job_timeout,
        fetch_variables=fetch_variables,
        request_timeout=request_timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    max_jobs_to_activate: int | Unset = 32,
    worker: str | Unset = "default",
    job_timeout: str | Unset = "5m",
    fetch_variables: list[str] | Unset = UNSET,
    request_timeout: int | Unset = UNSET,
) -> Response[ActivateJobsResponse | ErrorResponse]:
    """Activate jobs of a type

     Claims up to `maxJobsToActivate` activatable jobs of the given `type` in key order (FIFO)
    for `worker`, with a deadline of now + `jobTimeout`. Retries are unchanged.

    When no job is available the request is held (long polling) until a job of this type
    becomes activatable or `requestTimeout` passes; on timeout the answer is 200 with an
    empty job list.

    The response body stays within JOBGATE_MAX_ACTIVATION_BYTES (default 4 MiB): jobs that do
    not fit stay activatable for the next request. A job that alone is larger is not activated:
    it fails with an incident (retries 0) whose exception message says so, as Zeebe does.

    Args:
        type_ (str):
        max_jobs_to_activate (int | Unset):  Default: 32.
        worker (str | Unset):  Default: 'default'.
        job_timeout (str | Unset):  Default: '5m'.
        fetch_variables (list[str] | Unset):
        request_timeout (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivateJobsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        max_jobs_to_activate=max_jobs_to_activate,
        worker=worker,
        job_timeout=job_timeout,
        fetch_variables=fetch_variables,
        request_timeout=request_timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    max_jobs_to_activate: int | Unset = 32,
    worker: str | Unset = "default",
    job_timeout: str | Unset = "5m",
    fetch_variables: list[str] | Unset = UNSET,
    request_timeout: int | Unset = UNSET,
) -> ActivateJobsResponse | ErrorResponse | None:
    """Activate jobs of a type

     Claims up to `maxJobsToActivate` activatable jobs of the given `type` in key order (FIFO)
    for `worker`, with a deadline of now + `jobTimeout`. Retries are unchanged.

    When no job is available the request is held (long polling) until a job of this type
    becomes activatable or `requestTimeout` passes; on timeout the answer is 200 with an
    empty job list.

    The response body stays within JOBGATE_MAX_ACTIVATION_BYTES (default 4 MiB): jobs that do
    not fit stay activatable for the next request. A job that alone is larger is not activated:
    it fails with an incident (retries 0) whose exception message says so, as Zeebe does.

    Args:
        type_ (str):
        max_jobs_to_activate (int | Unset):  Default: 32.
        worker (str | Unset):  Default: 'default'.
        job_timeout (str | Unset):  Default: '5m'.
        fetch_variables (list[str] | Unset):
        request_timeout (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivateJobsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            max_jobs_to_activate=max_jobs_to_activate,
            worker=worker,
            job_timeout=job_timeout,
            fetch_variables=fetch_variables,
            request_timeout=request_timeout,
        )
    ).parsed
