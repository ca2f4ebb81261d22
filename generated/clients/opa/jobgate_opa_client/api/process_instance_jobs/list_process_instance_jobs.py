# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_process_instance_jobs_sort_by import (
    ListProcessInstanceJobsSortBy,
)
from ...models.list_process_instance_jobs_sort_order import (
    ListProcessInstanceJobsSortOrder,
)
from ...models.list_process_instance_jobs_state import (
    ListProcessInstanceJobsState,
)
from ...models.oracle_error import OracleError
from ...models.process_instance_jobs import ProcessInstanceJobs
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    sort_by: ListProcessInstanceJobsSortBy | Unset = UNSET,
    sort_order: ListProcessInstanceJobsSortOrder | Unset = UNSET,
    state: ListProcessInstanceJobsState | Unset = "ALL",
    total_results: bool | Unset = False,
    x_id_tenant_name: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_id_tenant_name, Unset):
        headers["X-ID-TENANT-NAME"] = x_id_tenant_name

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sortOrder"] = json_sort_order

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    params["totalResults"] = total_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/process-instances/{id}/jobs".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OracleError | ProcessInstanceJobs | None:
    if response.status_code == 200:
        response_200 = ProcessInstanceJobs.from_dict(response.json())

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
) -> Response[OracleError | ProcessInstanceJobs]:
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
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    sort_by: ListProcessInstanceJobsSortBy | Unset = UNSET,
    sort_order: ListProcessInstanceJobsSortOrder | Unset = UNSET,
    state: ListProcessInstanceJobsState | Unset = "ALL",
    total_results: bool | Unset = False,
    x_id_tenant_name: str | Unset = UNSET,
) -> Response[OracleError | ProcessInstanceJobs]:
    """List process instance jobs

     Lists the runtime jobs of a process instance, filtered by `state` and paged by `limit` and
    `offset`. `sortBy` and `sortOrder` are used together; the job id breaks ties, so paging is
    stable.

    States overlap: SCHEDULED = due date in the future; READY = no due date or due date now
    or in the past; FAULTED = the last execution failed with an exception (includes
    EXHAUSTED); EXHAUSTED = faulted with no retries left.

    Args:
        id (str):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        sort_by (ListProcessInstanceJobsSortBy | Unset):
        sort_order (ListProcessInstanceJobsSortOrder | Unset):
        state (ListProcessInstanceJobsState | Unset):  Default: 'ALL'.
        total_results (bool | Unset):  Default: False.
        x_id_tenant_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OracleError | ProcessInstanceJobs]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
        sort_order=sort_order,
        state=state,
        total_results=total_results,
        x_id_tenant_name=x_id_tenant_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    sort_by: ListProcessInstanceJobsSortBy | Unset = UNSET,
    sort_order: ListProcessInstanceJobsSortOrder | Unset = UNSET,
    state: ListProcessInstanceJobsState | Unset = "ALL",
    total_results: bool | Unset = False,
    x_id_tenant_name: str | Unset = UNSET,
) -> OracleError | ProcessInstanceJobs | None:
    """List process instance jobs

     Lists the runtime jobs of a process instance, filtered by `state` and paged by `limit` and
    `offset`. `sortBy` and `sortOrder` are used together; the job id breaks ties, so paging is
    stable.

    States overlap: SCHEDULED = due date in the future; READY = no due date or due date now
    or in the past; FAULTED = the last execution failed with an exception (includes
    EXHAUSTED); EXHAUSTED = faulted with no retries left.

    Args:
        id (str):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        sort_by (ListProcessInstanceJobsSortBy | Unset):
        sort_order (ListProcessInstanceJobsSortOrder | Unset):
        state (ListProcessInstanceJobsState | Unset):  Default: 'ALL'.
        total_results (bool | Unset):  Default: False.
        x_id_tenant_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OracleError | ProcessInstanceJobs
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
        sort_order=sort_order,
        state=state,
        total_results=total_results,
        x_id_tenant_name=x_id_tenant_name,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    sort_by: ListProcessInstanceJobsSortBy | Unset = UNSET,
    sort_order: ListProcessInstanceJobsSortOrder | Unset = UNSET,
    state: ListProcessInstanceJobsState | Unset = "ALL",
    total_results: bool | Unset = False,
    x_id_tenant_name: str | Unset = UNSET,
) -> Response[OracleError | ProcessInstanceJobs]:
    """List process instance jobs

     Lists the runtime jobs of a process instance, filtered by `state` and paged by `limit` and
    `offset`. `sortBy` and `sortOrder` are used together; the job id breaks ties, so paging is
    stable.

    States overlap: SCHEDULED = due date in the future; READY = no due date or due date now
    or in the past; FAULTED = the last execution failed with an exception (includes
    EXHAUSTED); EXHAUSTED = faulted with no retries left.

    Args:
        id (str):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        sort_by (ListProcessInstanceJobsSortBy | Unset):
        sort_order (ListProcessInstanceJobsSortOrder | Unset):
        state (ListProcessInstanceJobsState | Unset):  Default: 'ALL'.
        total_results (bool | Unset):  Default: False.
        x_id_tenant_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OracleError | ProcessInstanceJobs]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
        sort_order=sort_order,
        state=state,
        total_results=total_results,
        x_id_tenant_name=x_id_tenant_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    sort_by: ListProcessInstanceJobsSortBy | Unset = UNSET,
    sort_order: ListProcessInstanceJobsSortOrder | Unset = UNSET,
    state: ListProcessInstanceJobsState | Unset = "ALL",
    total_results: bool | Unset = False,
    x_id_tenant_name: str | Unset = UNSET,
) -> OracleError | ProcessInstanceJobs | None:
    """List process instance jobs

     Lists the runtime jobs of a process instance, filtered by `state` and paged by `limit` and
    `offset`. `sortBy` and `sortOrder` are used together; the job id breaks ties, so paging is
    stable.

    States overlap: SCHEDULED = due date in the future; READY = no due date or due date now
    or in the past; FAULTED = the last execution failed with an exception (includes
    EXHAUSTED); EXHAUSTED = faulted with no retries left.

    Args:
        id (str):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        sort_by (ListProcessInstanceJobsSortBy | Unset):
        sort_order (ListProcessInstanceJobsSortOrder | Unset):
        state (ListProcessInstanceJobsState | Unset):  Default: 'ALL'.
        total_results (bool | Unset):  Default: False.
        x_id_tenant_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OracleError | ProcessInstanceJobs
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            sort_order=sort_order,
            state=state,
            total_results=total_results,
            x_id_tenant_name=x_id_tenant_name,
        )
    ).parsed
