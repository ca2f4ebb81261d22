# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.oracle_error import OracleError
from ...models.process_instance_job_item import ProcessInstanceJobItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    job_id: str,
    *,
    x_id_tenant_name: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_id_tenant_name, Unset):
        headers["X-ID-TENANT-NAME"] = x_id_tenant_name

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/process-instances/{id}/jobs/{job_id}".format(
            id=quote(str(id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OracleError | ProcessInstanceJobItem | None:
    if response.status_code == 200:
        response_200 = ProcessInstanceJobItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OracleError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OracleError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OracleError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = OracleError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = OracleError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = OracleError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = OracleError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OracleError | ProcessInstanceJobItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_id_tenant_name: str | Unset = UNSET,
) -> Response[OracleError | ProcessInstanceJobItem]:
    """Get a process instance job

     Returns one runtime job of a process instance.

    Args:
        id (str):
        job_id (str):
        x_id_tenant_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OracleError | ProcessInstanceJobItem]
    """

    kwargs = _get_kwargs(
        id=id,
        job_id=job_id,
        x_id_tenant_name=x_id_tenant_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_id_tenant_name: str | Unset = UNSET,
) -> OracleError | ProcessInstanceJobItem | None:
    """Get a process instance job

     Returns one runtime job of a process instance.

    Args:
        id (str):
        job_id (str):
        x_id_tenant_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OracleError | ProcessInstanceJobItem
    """

    return sync_detailed(
        id=id,
        job_id=job_id,
        client=client,
        x_id_tenant_name=x_id_tenant_name,
    ).parsed


async def asyncio_detailed(
    id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_id_tenant_name: str | Unset = UNSET,
) -> Response[OracleError | ProcessInstanceJobItem]:
    """Get a process instance job

     Returns one runtime job of a process instance.

    Args:
        id (str):
        job_id (str):
        x_id_tenant_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OracleError | ProcessInstanceJobItem]
    """

    kwargs = _get_kwargs(
        id=id,
        job_id=job_id,
        x_id_tenant_name=x_id_tenant_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_id_tenant_name: str | Unset = UNSET,
) -> OracleError | ProcessInstanceJobItem | None:
    """Get a process instance job

     Returns one runtime job of a process instance.

    Args:
        id (str):
        job_id (str):
        x_id_tenant_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OracleError | ProcessInstanceJobItem
    """

    return (
        await asyncio_detailed(
            id=id,
            job_id=job_id,
            client=client,
            x_id_tenant_name=x_id_tenant_name,
        )
    ).parsed
