# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_exception_dto import AuthorizationExceptionDto
from ...models.exception_dto import ExceptionDto
from ...models.external_task_dto import ExternalTaskDto
from ...models.get_external_tasks_sort_by import GetExternalTasksSortBy
from ...models.get_external_tasks_sort_order import GetExternalTasksSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    external_task_id: str | Unset = UNSET,
    external_task_id_in: str | Unset = UNSET,
    topic_name: str | Unset = UNSET,
    worker_id: str | Unset = UNSET,
    locked: bool | Unset = UNSET,
    not_locked: bool | Unset = UNSET,
    lock_expiration_before: str | Unset = UNSET,
    lock_expiration_after: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    activity_id_in: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    process_instance_id: str | Unset = UNSET,
    process_instance_id_in: str | Unset = UNSET,
    process_definition_id: str | Unset = UNSET,
    process_definition_key: str | Unset = UNSET,
    process_definition_key_in: str | Unset = UNSET,
    tenant_id_in: str | Unset = UNSET,
    without_tenant_id: bool | Unset = UNSET,
    with_retries_left: bool | Unset = UNSET,
    no_retries_left: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    suspended: bool | Unset = UNSET,
    priority_higher_than_or_equals: int | Unset = UNSET,
    priority_lower_than_or_equals: int | Unset = UNSET,
    sort_by: GetExternalTasksSortBy | Unset = UNSET,
    sort_order: GetExternalTasksSortOrder | Unset = UNSET,
    first_result: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["externalTaskId"] = external_task_id

    params["externalTaskIdIn"] = external_task_id_in

    params["topicName"] = topic_name

    params["workerId"] = worker_id

    params["locked"] = locked

    params["notLocked"] = not_locked

    params["lockExpirationBefore"] = lock_expiration_before

    params["lockExpirationAfter"] = lock_expiration_after

    params["activityId"] = activity_id

    params["activityIdIn"] = activity_id_in

    params["executionId"] = execution_id

    params["processInstanceId"] = process_instance_id

    params["processInstanceIdIn"] = process_instance_id_in

    params["processDefinitionId"] = process_definition_id

    params["processDefinitionKey"] = process_definition_key

    params["processDefinitionKeyIn"] = process_definition_key_in

    params["tenantIdIn"] = tenant_id_in

    params["withoutTenantId"] = without_tenant_id

    params["withRetriesLeft"] = with_retries_left

    params["noRetriesLeft"] = no_retries_left

    params["active"] = active

    params["suspended"] = suspended

    params["priorityHigherThanOrEquals"] = priority_higher_than_or_equals

    params["priorityLowerThanOrEquals"] = priority_lower_than_or_equals

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sortOrder"] = json_sort_order

    params["firstResult"] = first_result

    params["maxResults"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/external-task",
        "params": params,
    }

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
    external_task_id: str | Unset = UNSET,
    external_task_id_in: str | Unset = UNSET,
    topic_name: str | Unset = UNSET,
    worker_id: str | Unset = UNSET,
    locked: bool | Unset = UNSET,
    not_locked: bool | Unset = UNSET,
    lock_expiration_before: str | Unset = UNSET,
    lock_expiration_after: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    activity_id_in: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    process_instance_id: str | Unset = UNSET,
    process_instance_id_in: str | Unset = UNSET,
    process_definition_id: str | Unset = UNSET,
    process_definition_key: str | Unset = UNSET,
    process_definition_key_in: str | Unset = UNSET,
    tenant_id_in: str | Unset = UNSET,
    without_tenant_id: bool | Unset = UNSET,
    with_retries_left: bool | Unset = UNSET,
    no_retries_left: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    suspended: bool | Unset = UNSET,
    priority_higher_than_or_equals: int | Unset = UNSET,
    priority_lower_than_or_equals: int | Unset = UNSET,
    sort_by: GetExternalTasksSortBy | Unset = UNSET,
    sort_order: GetExternalTasksSortOrder | Unset = UNSET,
    first_result: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]]:
    """Get List

     Queries external tasks (runtime jobs). `sortBy` and `sortOrder` go together; ties are ordered by id.
    Without
    `firstResult` and `maxResults` the whole list is returned.

    Args:
        external_task_id (str | Unset):
        external_task_id_in (str | Unset):
        topic_name (str | Unset):
        worker_id (str | Unset):
        locked (bool | Unset):
        not_locked (bool | Unset):
        lock_expiration_before (str | Unset):
        lock_expiration_after (str | Unset):
        activity_id (str | Unset):
        activity_id_in (str | Unset):
        execution_id (str | Unset):
        process_instance_id (str | Unset):
        process_instance_id_in (str | Unset):
        process_definition_id (str | Unset):
        process_definition_key (str | Unset):
        process_definition_key_in (str | Unset):
        tenant_id_in (str | Unset):
        without_tenant_id (bool | Unset):
        with_retries_left (bool | Unset):
        no_retries_left (bool | Unset):
        active (bool | Unset):
        suspended (bool | Unset):
        priority_higher_than_or_equals (int | Unset):
        priority_lower_than_or_equals (int | Unset):
        sort_by (GetExternalTasksSortBy | Unset):
        sort_order (GetExternalTasksSortOrder | Unset):
        first_result (int | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]]
    """

    kwargs = _get_kwargs(
        external_task_id=external_task_id,
        external_task_id_in=external_task_id_in,
        topic_name=topic_name,
        worker_id=worker_id,
        locked=locked,
        not_locked=not_locked,
        lock_expiration_before=lock_expiration_before,
        lock_expiration_after=lock_expiration_after,
        activity_id=activity_id,
        activity_id_in=activity_id_in,
        execution_id=execution_id,
        process_instance_id=process_instance_id,
        process_instance_id_in=process_instance_id_in,
        process_definition_id=process_definition_id,
        process_definition_key=process_definition_key,
        process_definition_key_in=process_definition_key_in,
        tenant_id_in=tenant_id_in,
        without_tenant_id=without_tenant_id,
        with_retries_left=with_retries_left,
        no_retries_left=no_retries_left,
        active=active,
        suspended=suspended,
        priority_higher_than_or_equals=priority_higher_than_or_equals,
        priority_lower_than_or_equals=priority_lower_than_or_equals,
        sort_by=sort_by,
        sort_order=sort_order,
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
    external_task_id: str | Unset = UNSET,
    external_task_id_in: str | Unset = UNSET,
    topic_name: str | Unset = UNSET,
    worker_id: str | Unset = UNSET,
    locked: bool | Unset = UNSET,
    not_locked: bool | Unset = UNSET,
    lock_expiration_before: str | Unset = UNSET,
    lock_expiration_after: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    activity_id_in: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    process_instance_id: str | Unset = UNSET,
    process_instance_id_in: str | Unset = UNSET,
    process_definition_id: str | Unset = UNSET,
    process_definition_key: str | Unset = UNSET,
    process_definition_key_in: str | Unset = UNSET,
    tenant_id_in: str | Unset = UNSET,
    without_tenant_id: bool | Unset = UNSET,
    with_retries_left: bool | Unset = UNSET,
    no_retries_left: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    suspended: bool | Unset = UNSET,
    priority_higher_than_or_equals: int | Unset = UNSET,
    priority_lower_than_or_equals: int | Unset = UNSET,
    sort_by: GetExternalTasksSortBy | Unset = UNSET,
    sort_order: GetExternalTasksSortOrder | Unset = UNSET,
    first_result: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto] | None:
    """Get List

     Queries external tasks (runtime jobs). `sortBy` and `sortOrder` go together; ties are ordered by id.
    Without
    `firstResult` and `maxResults` the whole list is returned.

    Args:
        external_task_id (str | Unset):
        external_task_id_in (str | Unset):
        topic_name (str | Unset):
        worker_id (str | Unset):
        locked (bool | Unset):
        not_locked (bool | Unset):
        lock_expiration_before (str | Unset):
        lock_expiration_after (str | Unset):
        activity_id (str | Unset):
        activity_id_in (str | Unset):
        execution_id (str | Unset):
        process_instance_id (str | Unset):
        process_instance_id_in (str | Unset):
        process_definition_id (str | Unset):
        process_definition_key (str | Unset):
        process_definition_key_in (str | Unset):
        tenant_id_in (str | Unset):
        without_tenant_id (bool | Unset):
        with_retries_left (bool | Unset):
        no_retries_left (bool | Unset):
        active (bool | Unset):
        suspended (bool | Unset):
        priority_higher_than_or_equals (int | Unset):
        priority_lower_than_or_equals (int | Unset):
        sort_by (GetExternalTasksSortBy | Unset):
        sort_order (GetExternalTasksSortOrder | Unset):
        first_result (int | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]
    """

    return sync_detailed(
        client=client,
        external_task_id=external_task_id,
        external_task_id_in=external_task_id_in,
        topic_name=topic_name,
        worker_id=worker_id,
        locked=locked,
        not_locked=not_locked,
        lock_expiration_before=lock_expiration_before,
        lock_expiration_after=lock_expiration_after,
        activity_id=activity_id,
        activity_id_in=activity_id_in,
        execution_id=execution_id,
        process_instance_id=process_instance_id,
        process_instance_id_in=process_instance_id_in,
        process_definition_id=process_definition_id,
        process_definition_key=process_definition_key,
        process_definition_key_in=process_definition_key_in,
        tenant_id_in=tenant_id_in,
        without_tenant_id=without_tenant_id,
        with_retries_left=with_retries_left,
        no_retries_left=no_retries_left,
        active=active,
        suspended=suspended,
        priority_higher_than_or_equals=priority_higher_than_or_equals,
        priority_lower_than_or_equals=priority_lower_than_or_equals,
        sort_by=sort_by,
        sort_order=sort_order,
        first_result=first_result,
        max_results=max_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    external_task_id: str | Unset = UNSET,
    external_task_id_in: str | Unset = UNSET,
    topic_name: str | Unset = UNSET,
    worker_id: str | Unset = UNSET,
    locked: bool | Unset = UNSET,
    not_locked: bool | Unset = UNSET,
    lock_expiration_before: str | Unset = UNSET,
    lock_expiration_after: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    activity_id_in: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    process_instance_id: str | Unset = UNSET,
    process_instance_id_in: str | Unset = UNSET,
    process_definition_id: str | Unset = UNSET,
    process_definition_key: str | Unset = UNSET,
    process_definition_key_in: str | Unset = UNSET,
    tenant_id_in: str | Unset = UNSET,
    without_tenant_id: bool | Unset = UNSET,
    with_retries_left: bool | Unset = UNSET,
    no_retries_left: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    suspended: bool | Unset = UNSET,
    priority_higher_than_or_equals: int | Unset = UNSET,
    priority_lower_than_or_equals: int | Unset = UNSET,
    sort_by: GetExternalTasksSortBy | Unset = UNSET,
    sort_order: GetExternalTasksSortOrder | Unset = UNSET,
    first_result: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]]:
    """Get List

     Queries external tasks (runtime jobs). `sortBy` and `sortOrder` go together; ties are ordered by id.
    Without
    `firstResult` and `maxResults` the whole list is returned.

    Args:
        external_task_id (str | Unset):
        external_task_id_in (str | Unset):
        topic_name (str | Unset):
        worker_id (str | Unset):
        locked (bool | Unset):
        not_locked (bool | Unset):
        lock_expiration_before (str | Unset):
        lock_expiration_after (str | Unset):
        activity_id (str | Unset):
        activity_id_in (str | Unset):
        execution_id (str | Unset):
        process_instance_id (str | Unset):
        process_instance_id_in (str | Unset):
        process_definition_id (str | Unset):
        process_definition_key (str | Unset):
        process_definition_key_in (str | Unset):
        tenant_id_in (str | Unset):
        without_tenant_id (bool | Unset):
        with_retries_left (bool | Unset):
        no_retries_left (bool | Unset):
        active (bool | Unset):
        suspended (bool | Unset):
        priority_higher_than_or_equals (int | Unset):
        priority_lower_than_or_equals (int | Unset):
        sort_by (GetExternalTasksSortBy | Unset):
        sort_order (GetExternalTasksSortOrder | Unset):
        first_result (int | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]]
    """

    kwargs = _get_kwargs(
        external_task_id=external_task_id,
        external_task_id_in=external_task_id_in,
        topic_name=topic_name,
        worker_id=worker_id,
        locked=locked,
        not_locked=not_locked,
        lock_expiration_before=lock_expiration_before,
        lock_expiration_after=lock_expiration_after,
        activity_id=activity_id,
        activity_id_in=activity_id_in,
        execution_id=execution_id,
        process_instance_id=process_instance_id,
        process_instance_id_in=process_instance_id_in,
        process_definition_id=process_definition_id,
        process_definition_key=process_definition_key,
        process_definition_key_in=process_definition_key_in,
        tenant_id_in=tenant_id_in,
        without_tenant_id=without_tenant_id,
        with_retries_left=with_retries_left,
        no_retries_left=no_retries_left,
        active=active,
        suspended=suspended,
        priority_higher_than_or_equals=priority_higher_than_or_equals,
        priority_lower_than_or_equals=priority_lower_than_or_equals,
        sort_by=sort_by,
        sort_order=sort_order,
        first_result=first_result,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    external_task_id: str | Unset = UNSET,
    external_task_id_in: str | Unset = UNSET,
    topic_name: str | Unset = UNSET,
    worker_id: str | Unset = UNSET,
    locked: bool | Unset = UNSET,
    not_locked: bool | Unset = UNSET,
    lock_expiration_before: str | Unset = UNSET,
    lock_expiration_after: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    activity_id_in: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    process_instance_id: str | Unset = UNSET,
    process_instance_id_in: str | Unset = UNSET,
    process_definition_id: str | Unset = UNSET,
    process_definition_key: str | Unset = UNSET,
    process_definition_key_in: str | Unset = UNSET,
    tenant_id_in: str | Unset = UNSET,
    without_tenant_id: bool | Unset = UNSET,
    with_retries_left: bool | Unset = UNSET,
    no_retries_left: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    suspended: bool | Unset = UNSET,
    priority_higher_than_or_equals: int | Unset = UNSET,
    priority_lower_than_or_equals: int | Unset = UNSET,
    sort_by: GetExternalTasksSortBy | Unset = UNSET,
    sort_order: GetExternalTasksSortOrder | Unset = UNSET,
    first_result: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto] | None:
    """Get List

     Queries external tasks (runtime jobs). `sortBy` and `sortOrder` go together; ties are ordered by id.
    Without
    `firstResult` and `maxResults` the whole list is returned.

    Args:
        external_task_id (str | Unset):
        external_task_id_in (str | Unset):
        topic_name (str | Unset):
        worker_id (str | Unset):
        locked (bool | Unset):
        not_locked (bool | Unset):
        lock_expiration_before (str | Unset):
        lock_expiration_after (str | Unset):
        activity_id (str | Unset):
        activity_id_in (str | Unset):
        execution_id (str | Unset):
        process_instance_id (str | Unset):
        process_instance_id_in (str | Unset):
        process_definition_id (str | Unset):
        process_definition_key (str | Unset):
        process_definition_key_in (str | Unset):
        tenant_id_in (str | Unset):
        without_tenant_id (bool | Unset):
        with_retries_left (bool | Unset):
        no_retries_left (bool | Unset):
        active (bool | Unset):
        suspended (bool | Unset):
        priority_higher_than_or_equals (int | Unset):
        priority_lower_than_or_equals (int | Unset):
        sort_by (GetExternalTasksSortBy | Unset):
        sort_order (GetExternalTasksSortOrder | Unset):
        first_result (int | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | ExceptionDto | list[ExternalTaskDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            external_task_id=external_task_id,
            external_task_id_in=external_task_id_in,
            topic_name=topic_name,
            worker_id=worker_id,
            locked=locked,
            not_locked=not_locked,
            lock_expiration_before=lock_expiration_before,
            lock_expiration_after=lock_expiration_after,
            activity_id=activity_id,
            activity_id_in=activity_id_in,
            execution_id=execution_id,
            process_instance_id=process_instance_id,
            process_instance_id_in=process_instance_id_in,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
            process_definition_key_in=process_definition_key_in,
            tenant_id_in=tenant_id_in,
            without_tenant_id=without_tenant_id,
            with_retries_left=with_retries_left,
            no_retries_left=no_retries_left,
            active=active,
            suspended=suspended,
            priority_higher_than_or_equals=priority_higher_than_or_equals,
            priority_lower_than_or_equals=priority_lower_than_or_equals,
            sort_by=sort_by,
            sort_order=sort_order,
            first_result=first_result,
            max_results=max_results,
        )
    ).parsed
