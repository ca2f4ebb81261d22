# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_error_request import JobErrorRequest
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    job_key: str,
    *,
    body: JobErrorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/{job_key}/error".format(
            job_key=quote(str(job_key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ProblemDetail | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ProblemDetail.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ProblemDetail.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobErrorRequest,
) -> Response[Any | ProblemDetail]:
    """Throw error for job

     Throws a business error for the job. jobgate's processes have no catching boundary
    events, so the job ends and its process instance gets an incident.

    Args:
        job_key (str): System-generated key of a job, a decimal number as a string.
        body (JobErrorRequest): A business error thrown by a worker.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetail]
    """

    kwargs = _get_kwargs(
        job_key=job_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobErrorRequest,
) -> Any | ProblemDetail | None:
    """Throw error for job

     Throws a business error for the job. jobgate's processes have no catching boundary
    events, so the job ends and its process instance gets an incident.

    Args:
        job_key (str): System-generated key of a job, a decimal number as a string.
        body (JobErrorRequest): A business error thrown by a worker.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetail
    """

    return sync_detailed(
        job_key=job_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobErrorRequest,
) -> Response[Any | ProblemDetail]:
    """Throw error for job

     Throws a business error for the job. jobgate's processes have no catching boundary
    events, so the job ends and its process instance gets an incident.

    Args:
        job_key (str): System-generated key of a job, a decimal number as a string.
        body (JobErrorRequest): A business error thrown by a worker.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetail]
    """

    kwargs = _get_kwargs(
        job_key=job_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobErrorRequest,
) -> Any | ProblemDetail | None:
    """Throw error for job

     Throws a business error for the job. jobgate's processes have no catching boundary
    events, so the job ends and its process instance gets an incident.

    Args:
        job_key (str): System-generated key of a job, a decimal number as a string.
        body (JobErrorRequest): A business error thrown by a worker.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetail
    """

    return (
        await asyncio_detailed(
            job_key=job_key,
            client=client,
            body=body,
        )
    ).parsed
