# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_exception_dto import AuthorizationExceptionDto
from ...models.count_result_dto import CountResultDto
from ...models.exception_dto import ExceptionDto
from ...models.get_jobs_count_sort_by import GetJobsCountSortBy
from ...models.get_jobs_count_sort_order import GetJobsCountSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    job_id: str | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    job_definition_id: str | Unset = UNSET,
    process_instance_id: str | Unset = UNSET,
    process_instance_ids: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    process_definition_id: str | Unset = UNSET,
    process_definition_key: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    with_retries_left: bool | Unset = UNSET,
    executable: bool | Unset = UNSET,
    timers: bool | Unset = UNSET,
    messages: bool | Unset = UNSET,
    due_dates: str | Unset = UNSET,
    create_times: str | Unset = UNSET,
    with_exception: bool | Unset = UNSET,
    exception_message: str | Unset = UNSET,
    failed_activity_id: str | Unset = UNSET,
    no_retries_left: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    suspended: bool | Unset = UNSET,
    priority_lower_than_or_equals: int | Unset = UNSET,
    priority_higher_than_or_equals: int | Unset = UNSET,
    tenant_id_in: str | Unset = UNSET,
    without_tenant_id: bool | Unset = UNSET,
    include_jobs_without_tenant_id: bool | Unset = UNSET,
    sort_by: GetJobsCountSortBy | Unset = UNSET,
    sort_order: GetJobsCountSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["jobId"] = job_id

    params["jobIds"] = job_ids

    params["jobDefinitionId"] = job_definition_id

    params["processInstanceId"] = process_instance_id

    params["processInstanceIds"] = process_instance_ids

    params["executionId"] = execution_id

    params["processDefinitionId"] = process_definition_id

    params["processDefinitionKey"] = process_definition_key

    params["activityId"] = activity_id

    params["withRetriesLeft"] = with_retries_left

    params["executable"] = executable

    params["timers"] = timers

    params["messages"] = messages

    params["dueDates"] = due_dates

    params["createTimes"] = create_times

    params["withException"] = with_exception

    params["exceptionMessage"] = exception_message

    params["failedActivityId"] = failed_activity_id

    params["noRetriesLeft"] = no_retries_left

    params["active"] = active

    params["suspended"] = suspended

    params["priorityLowerThanOrEquals"] = priority_lower_than_or_equals

    params["priorityHigherThanOrEquals"] = priority_higher_than_or_equals

    params["tenantIdIn"] = tenant_id_in

    params["withoutTenantId"] = without_tenant_id

    params["includeJobsWithoutTenantId"] = include_jobs_without_tenant_id

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/job/count",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuthorizationExceptionDto | CountResultDto | ExceptionDto | None:
    if response.status_code == 200:
        response_200 = CountResultDto.from_dict(response.json())

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
) -> Response[Any | AuthorizationExceptionDto | CountResultDto | ExceptionDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    job_definition_id: str | Unset = UNSET,
    process_instance_id: str | Unset = UNSET,
    process_instance_ids: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    process_definition_id: str | Unset = UNSET,
    process_definition_key: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    with_retries_left: bool | Unset = UNSET,
    executable: bool | Unset = UNSET,
    timers: bool | Unset = UNSET,
    messages: bool | Unset = UNSET,
    due_dates: str | Unset = UNSET,
    create_times: str | Unset = UNSET,
    with_exception: bool | Unset = UNSET,
    exception_message: str | Unset = UNSET,
    failed_activity_id: str | Unset = UNSET,
    no_retries_left: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    suspended: bool | Unset = UNSET,
    priority_lower_than_or_equals: int | Unset = UNSET,
    priority_higher_than_or_equals: int | Unset = UNSET,
    tenant_id_in: str | Unset = UNSET,
    without_tenant_id: bool | Unset = UNSET,
    include_jobs_without_tenant_id: bool | Unset = UNSET,
    sort_by: GetJobsCountSortBy | Unset = UNSET,
    sort_order: GetJobsCountSortOrder | Unset = UNSET,
) -> Response[Any | AuthorizationExceptionDto | CountResultDto | ExceptionDto]:
    """Get Job Count

     Counts the jobs that fulfill the given parameters. Takes the same filters as `GET /job`; `sortBy`
    and
    `sortOrder` do not change the count but are checked as in `GET /job`.

    Args:
        job_id (str | Unset):
        job_ids (str | Unset):
        job_definition_id (str | Unset):
        process_instance_id (str | Unset):
        process_instance_ids (str | Unset):
        execution_id (str | Unset):
        process_definition_id (str | Unset):
        process_definition_key (str | Unset):
        activity_id (str | Unset):
        with_retries_left (bool | Unset):
        executable (bool | Unset):
        timers (bool | Unset):
        messages (bool | Unset):
        due_dates (str | Unset):
        create_times (str | Unset):
        with_exception (bool | Unset):
        exception_message (str | Unset):
        failed_activity_id (str | Unset):
        no_retries_left (bool | Unset):
        active (bool | Unset):
        suspended (bool | Unset):
        priority_lower_than_or_equals (int | Unset):
        priority_higher_than_or_equals (int | Unset):
        tenant_id_in (str | Unset):
        without_tenant_id (bool | Unset):
        include_jobs_without_tenant_id (bool | Unset):
        sort_by (GetJobsCountSortBy | Unset):
        sort_order (GetJobsCountSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | CountResultDto | ExceptionDto]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        job_ids=job_ids,
        job_definition_id=job_definition_id,
        process_instance_id=process_instance_id,
        process_instance_ids=process_instance_ids,
        execution_id=execution_id,
        process_definition_id=process_definition_id,
        process_definition_key=process_definition_key,
        activity_id=activity_id,
        with_retries_left=with_retries_left,
        executable=executable,
        timers=timers,
        messages=messages,
        due_dates=due_dates,
        create_times=create_times,
        with_exception=with_exception,
        exception_message=exception_message,
        failed_activity_id=failed_activity_id,
        no_retries_left=no_retries_left,
        active=active,
        suspended=suspended,
        priority_lower_than_or_equals=priority_lower_than_or_equals,
        priority_higher_than_or_equals=priority_higher_than_or_equals,
        tenant_id_in=tenant_id_in,
        without_tenant_id=without_tenant_id,
        include_jobs_without_tenant_id=include_jobs_without_tenant_id,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    job_definition_id: str | Unset = UNSET,
    process_instance_id: str | Unset = UNSET,
    process_instance_ids: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    process_definition_id: str | Unset = UNSET,
    process_definition_key: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    with_retries_left: bool | Unset = UNSET,
    executable: bool | Unset = UNSET,
    timers: bool | Unset = UNSET,
    messages: bool | Unset = UNSET,
    due_dates: str | Unset = UNSET,
    create_times: str | Unset = UNSET,
    with_exception: bool | Unset = UNSET,
    exception_message: str | Unset = UNSET,
    failed_activity_id: str | Unset = UNSET,
    no_retries_left: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    suspended: bool | Unset = UNSET,
    priority_lower_than_or_equals: int | Unset = UNSET,
    priority_higher_than_or_equals: int | Unset = UNSET,
    tenant_id_in: str | Unset = UNSET,
    without_tenant_id: bool | Unset = UNSET,
    include_jobs_without_tenant_id: bool | Unset = UNSET,
    sort_by: GetJobsCountSortBy | Unset = UNSET,
    sort_order: GetJobsCountSortOrder | Unset = UNSET,
) -> Any | AuthorizationExceptionDto | CountResultDto | ExceptionDto | None:
    """Get Job Count

     Counts the jobs that fulfill the given parameters. Takes the same filters as `GET /job`; `sortBy`
    and
    `sortOrder` do not change the count but are checked as in `GET /job`.

    Args:
        job_id (str | Unset):
        job_ids (str | Unset):
        job_definition_id (str | Unset):
        process_instance_id (str | Unset):
        process_instance_ids (str | Unset):
        execution_id (str | Unset):
        process_definition_id (str | Unset):
        process_definition_key (str | Unset):
        activity_id (str | Unset):
        with_retries_left (bool | Unset):
        executable (bool | Unset):
        timers (bool | Unset):
        messages (bool | Unset):
        due_dates (str | Unset):
        create_times (str | Unset):
        with_exception (bool | Unset):
        exception_message (str | Unset):
        failed_activity_id (str | Unset):
        no_retries_left (bool | Unset):
        active (bool | Unset):
        suspended (bool | Unset):
        priority_lower_than_or_equals (int | Unset):
        priority_higher_than_or_equals (int | Unset):
        tenant_id_in (str | Unset):
        without_tenant_id (bool | Unset):
        include_jobs_without_tenant_id (bool | Unset):
        sort_by (GetJobsCountSortBy | Unset):
        sort_order (GetJobsCountSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | CountResultDto | ExceptionDto
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
        job_ids=job_ids,
        job_definition_id=job_definition_id,
        process_instance_id=process_instance_id,
        process_instance_ids=process_instance_ids,
        execution_id=execution_id,
        process_definition_id=process_definition_id,
        process_definition_key=process_definition_key,
        activity_id=activity_id,
        with_retries_left=with_retries_left,
        executable=executable,
        timers=timers,
        messages=messages,
        due_dates=due_dates,
        create_times=create_times,
        with_exception=with_exception,
        exception_message=exception_message,
        failed_activity_id=failed_activity_id,
        no_retries_left=no_retries_left,
        active=active,
        suspended=suspended,
        priority_lower_than_or_equals=priority_lower_than_or_equals,
        priority_higher_than_or_equals=priority_higher_than_or_equals,
        tenant_id_in=tenant_id_in,
        without_tenant_id=without_tenant_id,
        include_jobs_without_tenant_id=include_jobs_without_tenant_id,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    job_definition_id: str | Unset = UNSET,
    process_instance_id: str | Unset = UNSET,
    process_instance_ids: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    process_definition_id: str | Unset = UNSET,
    process_definition_key: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    with_retries_left: bool | Unset = UNSET,
    executable: bool | Unset = UNSET,
    timers: bool | Unset = UNSET,
    messages: bool | Unset = UNSET,
    due_dates: str | Unset = UNSET,
    create_times: str | Unset = UNSET,
    with_exception: bool | Unset = UNSET,
    exception_message: str | Unset = UNSET,
    failed_activity_id: str | Unset = UNSET,
    no_retries_left: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    suspended: bool | Unset = UNSET,
    priority_lower_than_or_equals: int | Unset = UNSET,
    priority_higher_than_or_equals: int | Unset = UNSET,
    tenant_id_in: str | Unset = UNSET,
    without_tenant_id: bool | Unset = UNSET,
    include_jobs_without_tenant_id: bool | Unset = UNSET,
    sort_by: GetJobsCountSortBy | Unset = UNSET,
    sort_order: GetJobsCountSortOrder | Unset = UNSET,
) -> Response[Any | AuthorizationExceptionDto | CountResultDto | ExceptionDto]:
    """Get Job Count

     Counts the jobs that fulfill the given parameters. Takes the same filters as `GET /job`; `sortBy`
    and
    `sortOrder` do not change the count but are checked as in `GET /job`.

    Args:
        job_id (str | Unset):
        job_ids (str | Unset):
        job_definition_id (str | Unset):
        process_instance_id (str | Unset):
        process_instance_ids (str | Unset):
        execution_id (str | Unset):
        process_definition_id (str | Unset):
        process_definition_key (str | Unset):
        activity_id (str | Unset):
        with_retries_left (bool | Unset):
        executable (bool | Unset):
        timers (bool | Unset):
        messages (bool | Unset):
        due_dates (str | Unset):
        create_times (str | Unset):
        with_exception (bool | Unset):
        exception_message (str | Unset):
        failed_activity_id (str | Unset):
        no_retries_left (bool | Unset):
        active (bool | Unset):
        suspended (bool | Unset):
        priority_lower_than_or_equals (int | Unset):
        priority_higher_than_or_equals (int | Unset):
        tenant_id_in (str | Unset):
        without_tenant_id (bool | Unset):
        include_jobs_without_tenant_id (bool | Unset):
        sort_by (GetJobsCountSortBy | Unset):
        sort_order (GetJobsCountSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthorizationExceptionDto | CountResultDto | ExceptionDto]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        job_ids=job_ids,
        job_definition_id=job_definition_id,
        process_instance_id=process_instance_id,
        process_instance_ids=process_instance_ids,
        execution_id=execution_id,
        process_definition_id=process_definition_id,
        process_definition_key=process_definition_key,
        activity_id=activity_id,
        with_retries_left=with_retries_left,
        executable=executable,
        timers=timers,
        messages=messages,
        due_dates=due_dates,
        create_times=create_times,
        with_exception=with_exception,
        exception_message=exception_message,
        failed_activity_id=failed_activity_id,
        no_retries_left=no_retries_left,
        active=active,
        suspended=suspended,
        priority_lower_than_or_equals=priority_lower_than_or_equals,
        priority_higher_than_or_equals=priority_higher_than_or_equals,
        tenant_id_in=tenant_id_in,
        without_tenant_id=without_tenant_id,
        include_jobs_without_tenant_id=include_jobs_without_tenant_id,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    job_definition_id: str | Unset = UNSET,
    process_instance_id: str | Unset = UNSET,
    process_instance_ids: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
    process_definition_id: str | Unset = UNSET,
    process_definition_key: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    with_retries_left: bool | Unset = UNSET,
    executable: bool | Unset = UNSET,
    timers: bool | Unset = UNSET,
    messages: bool | Unset = UNSET,
    due_dates: str | Unset = UNSET,
    create_times: str | Unset = UNSET,
    with_exception: bool | Unset = UNSET,
    exception_message: str | Unset = UNSET,
    failed_activity_id: str | Unset = UNSET,
    no_retries_left: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    suspended: bool | Unset = UNSET,
    priority_lower_than_or_equals: int | Unset = UNSET,
    priority_higher_than_or_equals: int | Unset = UNSET,
    tenant_id_in: str | Unset = UNSET,
    without_tenant_id: bool | Unset = UNSET,
    include_jobs_without_tenant_id: bool | Unset = UNSET,
    sort_by: GetJobsCountSortBy | Unset = UNSET,
    sort_order: GetJobsCountSortOrder | Unset = UNSET,
) -> Any | AuthorizationExceptionDto | CountResultDto | ExceptionDto | None:
    """Get Job Count

     Counts the jobs that fulfill the given parameters. Takes the same filters as `GET /job`; `sortBy`
    and
    `sortOrder` do not change the count but are checked as in `GET /job`.

    Args:
        job_id (str | Unset):
        job_ids (str | Unset):
        job_definition_id (str | Unset):
        process_instance_id (str | Unset):
        process_instance_ids (str | Unset):
        execution_id (str | Unset):
        process_definition_id (str | Unset):
        process_definition_key (str | Unset):
        activity_id (str | Unset):
        with_retries_left (bool | Unset):
        executable (bool | Unset):
        timers (bool | Unset):
        messages (bool | Unset):
        due_dates (str | Unset):
        create_times (str | Unset):
        with_exception (bool | Unset):
        exception_message (str | Unset):
        failed_activity_id (str | Unset):
        no_retries_left (bool | Unset):
        active (bool | Unset):
        suspended (bool | Unset):
        priority_lower_than_or_equals (int | Unset):
        priority_higher_than_or_equals (int | Unset):
        tenant_id_in (str | Unset):
        without_tenant_id (bool | Unset):
        include_jobs_without_tenant_id (bool | Unset):
        sort_by (GetJobsCountSortBy | Unset):
        sort_order (GetJobsCountSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthorizationExceptionDto | CountResultDto | ExceptionDto
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
            job_ids=job_ids,
            job_definition_id=job_definition_id,
            process_instance_id=process_instance_id,
            process_instance_ids=process_instance_ids,
            execution_id=execution_id,
            process_definition_id=process_definition_id,
            process_definition_key=process_definition_key,
            activity_id=activity_id,
            with_retries_left=with_retries_left,
            executable=executable,
            timers=timers,
            messages=messages,
            due_dates=due_dates,
            create_times=create_times,
            with_exception=with_exception,
            exception_message=exception_message,
            failed_activity_id=failed_activity_id,
            no_retries_left=no_retries_left,
            active=active,
            suspended=suspended,
            priority_lower_than_or_equals=priority_lower_than_or_equals,
            priority_higher_than_or_equals=priority_higher_than_or_equals,
            tenant_id_in=tenant_id_in,
            without_tenant_id=without_tenant_id,
            include_jobs_without_tenant_id=include_jobs_without_tenant_id,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
