# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_condition_query_parameter_dto import JobConditionQueryParameterDto
    from ..models.job_sorting_dto import JobSortingDto


T = TypeVar("T", bound="JobQueryDto")


@_attrs_define
class JobQueryDto:
    """A job query: the filters of `GET /job` under the same names, lists as arrays. Every property is optional and may be
    `null` (no filter); unknown properties are ignored.

        Example:
            {'processDefinitionKey': 'invoice', 'noRetriesLeft': True, 'sorting': [{'sortBy': 'jobDueDate', 'sortOrder':
                'asc'}]}

        Attributes:
            job_id (None | str | Unset): Filter by job id. Example: 2251799813685253.
            job_ids (list[str] | None | Unset): Filter by a list of job ids. Example: ['2251799813685253',
                '2251799813685260'].
            job_definition_id (None | str | Unset): Only select jobs which exist for the given job definition.
            process_instance_id (None | str | Unset): Only select jobs which exist for the given process instance.
            process_instance_ids (list[str] | None | Unset): Only select jobs which exist for one of the given process
                instances.
            execution_id (None | str | Unset): Only select jobs which exist for the given execution.
            process_definition_id (None | str | Unset): Filter by the id of the process definition the jobs run on.
            process_definition_key (None | str | Unset): Filter by the key of the process definition the jobs run on (the
                BPMN process id). Example: invoice.
            activity_id (None | str | Unset): Only select jobs which exist for an activity with the given id.
            with_retries_left (bool | None | Unset): Only select jobs which have retries left. `false` applies no filter.
            executable (bool | None | Unset): Only select executable jobs (retries > 0, due date `null` or in the past).
            timers (bool | None | Unset): Only select timers. Cannot be used together with `messages`.
            messages (bool | None | Unset): Only select messages. Cannot be used together with `timers`.
            due_dates (list[JobConditionQueryParameterDto] | None | Unset): Due date conditions (strict; jobs without a due
                date never match).
            create_times (list[JobConditionQueryParameterDto] | None | Unset): Create time conditions (`lt` is lower than or
                equal, as in the engine).
            with_exception (bool | None | Unset): Only select jobs that failed due to an exception.
            exception_message (None | str | Unset): Only select jobs that failed with exactly this exception message.
            failed_activity_id (None | str | Unset): Only select jobs that failed at the activity with this id.
            no_retries_left (bool | None | Unset): Only select jobs which have no retries left.
            active (bool | None | Unset): Only include active jobs; `suspended` wins when both are `true`.
            suspended (bool | None | Unset): Only include suspended jobs.
            priority_lower_than_or_equals (int | None | Unset): Only include jobs with a priority lower than or equal to the
                given value.
            priority_higher_than_or_equals (int | None | Unset): Only include jobs with a priority higher than or equal to
                the given value.
            tenant_id_in (list[str] | None | Unset): Only include jobs of one of these tenants. Example: ['tenant-a'].
            without_tenant_id (bool | None | Unset): Only include jobs which belong to no tenant; wins over `tenantIdIn`.
            include_jobs_without_tenant_id (bool | None | Unset): Include jobs without a tenant in addition to those of
                `tenantIdIn`.
            sorting (list[JobSortingDto] | None | Unset): Criteria to sort the result by; the position in the array is the
                rank of an ordering.
    """

    job_id: None | str | Unset = UNSET
    job_ids: list[str] | None | Unset = UNSET
    job_definition_id: None | str | Unset = UNSET
    process_instance_id: None | str | Unset = UNSET
    process_instance_ids: list[str] | None | Unset = UNSET
    execution_id: None | str | Unset = UNSET
    process_definition_id: None | str | Unset = UNSET
    process_definition_key: None | str | Unset = UNSET
    activity_id: None | str | Unset = UNSET
    with_retries_left: bool | None | Unset = UNSET
    executable: bool | None | Unset = UNSET
    timers: bool | None | Unset = UNSET
    messages: bool | None | Unset = UNSET
    due_dates: list[JobConditionQueryParameterDto] | None | Unset = UNSET
    create_times: list[JobConditionQueryParameterDto] | None | Unset = UNSET
    with_exception: bool | None | Unset = UNSET
    exception_message: None | str | Unset = UNSET
    failed_activity_id: None | str | Unset = UNSET
    no_retries_left: bool | None | Unset = UNSET
    active: bool | None | Unset = UNSET
    suspended: bool | None | Unset = UNSET
    priority_lower_than_or_equals: int | None | Unset = UNSET
    priority_higher_than_or_equals: int | None | Unset = UNSET
    tenant_id_in: list[str] | None | Unset = UNSET
    without_tenant_id: bool | None | Unset = UNSET
    include_jobs_without_tenant_id: bool | None | Unset = UNSET
    sorting: list[JobSortingDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_ids: list[str] | None | Unset
        if isinstance(self.job_ids, Unset):
            job_ids = UNSET
        elif isinstance(self.job_ids, list):
            job_ids = self.job_ids

        else:
            job_ids = self.job_ids

        job_definition_id: None | str | Unset
        if isinstance(self.job_definition_id, Unset):
            job_definition_id = UNSET
        else:
            job_definition_id = self.job_definition_id

        process_instance_id: None | str | Unset
        if isinstance(self.process_instance_id, Unset):
            process_instance_id = UNSET
        else:
            process_instance_id = self.process_instance_id

        process_instance_ids: list[str] | None | Unset
        if isinstance(self.process_instance_ids, Unset):
            process_instance_ids = UNSET
        elif isinstance(self.process_instance_ids, list):
            process_instance_ids = self.process_instance_ids

        else:
            process_instance_ids = self.process_instance_ids

        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        else:
            execution_id = self.execution_id

        process_definition_id: None | str | Unset
        if isinstance(self.process_definition_id, Unset):
            process_definition_id = UNSET
        else:
            process_definition_id = self.process_definition_id

        process_definition_key: None | str | Unset
        if isinstance(self.process_definition_key, Unset):
            process_definition_key = UNSET
        else:
            process_definition_key = self.process_definition_key

        activity_id: None | str | Unset
        if isinstance(self.activity_id, Unset):
            activity_id = UNSET
        else:
            activity_id = self.activity_id

        with_retries_left: bool | None | Unset
        if isinstance(self.with_retries_left, Unset):
            with_retries_left = UNSET
        else:
            with_retries_left = self.with_retries_left

        executable: bool | None | Unset
        if isinstance(self.executable, Unset):
            executable = UNSET
        else:
            executable = self.executable

        timers: bool | None | Unset
        if isinstance(self.timers, Unset):
            timers = UNSET
        else:
            timers = self.timers

        messages: bool | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        else:
            messages = self.messages

        due_dates: list[dict[str, Any]] | None | Unset
        if isinstance(self.due_dates, Unset):
            due_dates = UNSET
        elif isinstance(self.due_dates, list):
            due_dates = []
            for due_dates_type_0_item_data in self.due_dates:
                due_dates_type_0_item = due_dates_type_0_item_data.to_dict()
                due_dates.append(due_dates_type_0_item)

        else:
            due_dates = self.due_dates

        create_times: list[dict[str, Any]] | None | Unset
        if isinstance(self.create_times, Unset):
            create_times = UNSET
        elif isinstance(self.create_times, list):
            create_times = []
            for create_times_type_0_item_data in self.create_times:
                create_times_type_0_item = create_times_type_0_item_data.to_dict()
                create_times.append(create_times_type_0_item)

        else:
            create_times = self.create_times

        with_exception: bool | None | Unset
        if isinstance(self.with_exception, Unset):
            with_exception = UNSET
        else:
            with_exception = self.with_exception

        exception_message: None | str | Unset
        if isinstance(self.exception_message, Unset):
            exception_message = UNSET
        else:
            exception_message = self.exception_message

        failed_activity_id: None | str | Unset
        if isinstance(self.failed_activity_id, Unset):
            failed_activity_id = UNSET
        else:
            failed_activity_id = self.failed_activity_id

        no_retries_left: bool | None | Unset
        if isinstance(self.no_retries_left, Unset):
            no_retries_left = UNSET
        else:
            no_retries_left = self.no_retries_left

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        suspended: bool | None | Unset
        if isinstance(self.suspended, Unset):
            suspended = UNSET
        else:
            suspended = self.suspended

        priority_lower_than_or_equals: int | None | Unset
        if isinstance(self.priority_lower_than_or_equals, Unset):
            priority_lower_than_or_equals = UNSET
        else:
            priority_lower_than_or_equals = self.priority_lower_than_or_equals

        priority_higher_than_or_equals: int | None | Unset
        if isinstance(self.priority_higher_than_or_equals, Unset):
            priority_higher_than_or_equals = UNSET
        else:
            priority_higher_than_or_equals = self.priority_higher_than_or_equals

        tenant_id_in: list[str] | None | Unset
        if isinstance(self.tenant_id_in, Unset):
            tenant_id_in = UNSET
        elif isinstance(self.tenant_id_in, list):
            tenant_id_in = self.tenant_id_in

        else:
            tenant_id_in = self.tenant_id_in

        without_tenant_id: bool | None | Unset
        if isinstance(self.without_tenant_id, Unset):
            without_tenant_id = UNSET
        else:
            without_tenant_id = self.without_tenant_id

        include_jobs_without_tenant_id: bool | None | Unset
        if isinstance(self.include_jobs_without_tenant_id, Unset):
            include_jobs_without_tenant_id = UNSET
        else:
            include_jobs_without_tenant_id = self.include_jobs_without_tenant_id

        sorting: list[dict[str, Any]] | None | Unset
        if isinstance(self.sorting, Unset):
            sorting = UNSET
        elif isinstance(self.sorting, list):
            sorting = []
            for sorting_type_0_item_data in self.sorting:
                sorting_type_0_item = sorting_type_0_item_data.to_dict()
                sorting.append(sorting_type_0_item)

        else:
            sorting = self.sorting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_ids is not UNSET:
            field_dict["jobIds"] = job_ids
        if job_definition_id is not UNSET:
            field_dict["jobDefinitionId"] = job_definition_id
        if process_instance_id is not UNSET:
            field_dict["processInstanceId"] = process_instance_id
        if process_instance_ids is not UNSET:
            field_dict["processInstanceIds"] = process_instance_ids
        if execution_id is not UNSET:
            field_dict["executionId"] = execution_id
        if process_definition_id is not UNSET:
            field_dict["processDefinitionId"] = process_definition_id
        if process_definition_key is not UNSET:
            field_dict["processDefinitionKey"] = process_definition_key
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id
        if with_retries_left is not UNSET:
            field_dict["withRetriesLeft"] = with_retries_left
        if executable is not UNSET:
            field_dict["executable"] = executable
        if timers is not UNSET:
            field_dict["timers"] = timers
        if messages is not UNSET:
            field_dict["messages"] = messages
        if due_dates is not UNSET:
            field_dict["dueDates"] = due_dates
        if create_times is not UNSET:
            field_dict["createTimes"] = create_times
        if with_exception is not UNSET:
            field_dict["withException"] = with_exception
        if exception_message is not UNSET:
            field_dict["exceptionMessage"] = exception_message
        if failed_activity_id is not UNSET:
            field_dict["failedActivityId"] = failed_activity_id
        if no_retries_left is not UNSET:
            field_dict["noRetriesLeft"] = no_retries_left
        if active is not UNSET:
            field_dict["active"] = active
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if priority_lower_than_or_equals is not UNSET:
            field_dict["priorityLowerThanOrEquals"] = priority_lower_than_or_equals
        if priority_higher_than_or_equals is not UNSET:
            field_dict["priorityHigherThanOrEquals"] = priority_higher_than_or_equals
        if tenant_id_in is not UNSET:
            field_dict["tenantIdIn"] = tenant_id_in
        if without_tenant_id is not UNSET:
            field_dict["withoutTenantId"] = without_tenant_id
        if include_jobs_without_tenant_id is not UNSET:
            field_dict["includeJobsWithoutTenantId"] = include_jobs_without_tenant_id
        if sorting is not UNSET:
            field_dict["sorting"] = sorting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_condition_query_parameter_dto import JobConditionQueryParameterDto  # noqa: PLC0415
        from ..models.job_sorting_dto import JobSortingDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        def _parse_job_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                job_ids_type_0 = cast(list[str], data)

                return job_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        job_ids = _parse_job_ids(d.pop("jobIds", UNSET))

        def _parse_job_definition_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_definition_id = _parse_job_definition_id(d.pop("jobDefinitionId", UNSET))

        def _parse_process_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_instance_id = _parse_process_instance_id(d.pop("processInstanceId", UNSET))

        def _parse_process_instance_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                process_instance_ids_type_0 = cast(list[str], data)

                return process_instance_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        process_instance_ids = _parse_process_instance_ids(d.pop("processInstanceIds", UNSET))

        def _parse_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_id = _parse_execution_id(d.pop("executionId", UNSET))

        def _parse_process_definition_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_definition_id = _parse_process_definition_id(d.pop("processDefinitionId", UNSET))

        def _parse_process_definition_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_definition_key = _parse_process_definition_key(d.pop("processDefinitionKey", UNSET))

        def _parse_activity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_id = _parse_activity_id(d.pop("activityId", UNSET))

        def _parse_with_retries_left(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        with_retries_left = _parse_with_retries_left(d.pop("withRetriesLeft", UNSET))

        def _parse_executable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        executable = _parse_executable(d.pop("executable", UNSET))

        def _parse_timers(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        timers = _parse_timers(d.pop("timers", UNSET))

        def _parse_messages(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        messages = _parse_messages(d.pop("messages", UNSET))

        def _parse_due_dates(data: object) -> list[JobConditionQueryParameterDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                due_dates_type_0 = []
                _due_dates_type_0 = data
                for due_dates_type_0_item_data in _due_dates_type_0:
                    due_dates_type_0_item = JobConditionQueryParameterDto.from_dict(due_dates_type_0_item_data)

                    due_dates_type_0.append(due_dates_type_0_item)

                return due_dates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobConditionQueryParameterDto] | None | Unset, data)

        due_dates = _parse_due_dates(d.pop("dueDates", UNSET))

        def _parse_create_times(data: object) -> list[JobConditionQueryParameterDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                create_times_type_0 = []
                _create_times_type_0 = data
                for create_times_type_0_item_data in _create_times_type_0:
                    create_times_type_0_item = JobConditionQueryParameterDto.from_dict(create_times_type_0_item_data)

                    create_times_type_0.append(create_times_type_0_item)

                return create_times_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobConditionQueryParameterDto] | None | Unset, data)

        create_times = _parse_create_times(d.pop("createTimes", UNSET))

        def _parse_with_exception(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        with_exception = _parse_with_exception(d.pop("withException", UNSET))

        def _parse_exception_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_message = _parse_exception_message(d.pop("exceptionMessage", UNSET))

        def _parse_failed_activity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_activity_id = _parse_failed_activity_id(d.pop("failedActivityId", UNSET))

        def _parse_no_retries_left(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        no_retries_left = _parse_no_retries_left(d.pop("noRetriesLeft", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_suspended(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        suspended = _parse_suspended(d.pop("suspended", UNSET))

        def _parse_priority_lower_than_or_equals(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority_lower_than_or_equals = _parse_priority_lower_than_or_equals(d.pop("priorityLowerThanOrEquals", UNSET))

        def _parse_priority_higher_than_or_equals(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority_higher_than_or_equals = _parse_priority_higher_than_or_equals(
            d.pop("priorityHigherThanOrEquals", UNSET)
        )

        def _parse_tenant_id_in(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tenant_id_in_type_0 = cast(list[str], data)

                return tenant_id_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tenant_id_in = _parse_tenant_id_in(d.pop("tenantIdIn", UNSET))

        def _parse_without_tenant_id(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        without_tenant_id = _parse_without_tenant_id(d.pop("withoutTenantId", UNSET))

        def _parse_include_jobs_without_tenant_id(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_jobs_without_tenant_id = _parse_include_jobs_without_tenant_id(
            d.pop("includeJobsWithoutTenantId", UNSET)
        )

        def _parse_sorting(data: object) -> list[JobSortingDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sorting_type_0 = []
                _sorting_type_0 = data
                for sorting_type_0_item_data in _sorting_type_0:
                    sorting_type_0_item = JobSortingDto.from_dict(sorting_type_0_item_data)

                    sorting_type_0.append(sorting_type_0_item)

                return sorting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobSortingDto] | None | Unset, data)

        sorting = _parse_sorting(d.pop("sorting", UNSET))

        job_query_dto = cls(
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
            sorting=sorting,
        )

        job_query_dto.additional_properties = d
        return job_query_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
