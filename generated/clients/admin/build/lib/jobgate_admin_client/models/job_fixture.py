# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.job_state import JobState, check_job_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_fixture_custom_headers import JobFixtureCustomHeaders


T = TypeVar("T", bound="JobFixture")


@_attrs_define
class JobFixture:
    """A job to create. Defaults: the first task, state `activatable`, 3 retries, no due date, created now, priority and
    suspension from the job definition, no exception, no custom headers. `{}` is a job that can be activated at once.

        Attributes:
            element_id (str | Unset): The element id of the task the job belongs to. Example: charge-card.
            state (JobState | Unset): The state of a job. `activatable`, `activated` and `failed` jobs exist at runtime;
                `completed` and `error_thrown` jobs are history. Default: 'activatable'. Example: activatable.
            retries (int | Unset): The retries left. Example: 3.
            due_date (datetime.datetime | None | Unset): When the job is due; `null` for at once. Example:
                2025-09-25T13:38:42.165Z.
            create_time (datetime.datetime | Unset): When the job was created. Example: 2025-09-25T13:33:42.165Z.
            priority (int | Unset): The priority of the job. Example: 0.
            suspended (bool | Unset): Whether the job is suspended. Example: False.
            exception_message (None | str | Unset): The message of the last failure. Example: Card declined.
            exception_trace (None | str | Unset): The stack trace or details of the last failure. Example: PaymentException:
                Card declined
                        at Payments.charge(Payments.java:42).
            failed_activity_id (None | str | Unset): The element id on which the last failure occurred. Example: charge-
                card.
            batch_id (None | str | Unset): The id of the batch the job belongs to. Example: 2251799813685300.
            worker (None | str | Unset): The worker that holds an `activated` job. Example: payment-worker-1.
            custom_headers (JobFixtureCustomHeaders | Unset): Custom headers that workers receive with the job. Example:
                {'currency': 'EUR'}.
            deadline (datetime.datetime | None | Unset): When the lease of an `activated` job expires. Example:
                2025-09-25T13:43:42.165Z.
    """

    element_id: str | Unset = UNSET
    state: JobState | Unset = "activatable"
    retries: int | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    priority: int | Unset = UNSET
    suspended: bool | Unset = UNSET
    exception_message: None | str | Unset = UNSET
    exception_trace: None | str | Unset = UNSET
    failed_activity_id: None | str | Unset = UNSET
    batch_id: None | str | Unset = UNSET
    worker: None | str | Unset = UNSET
    custom_headers: JobFixtureCustomHeaders | Unset = UNSET
    deadline: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        element_id = self.element_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        retries = self.retries

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        priority = self.priority

        suspended = self.suspended

        exception_message: None | str | Unset
        if isinstance(self.exception_message, Unset):
            exception_message = UNSET
        else:
            exception_message = self.exception_message

        exception_trace: None | str | Unset
        if isinstance(self.exception_trace, Unset):
            exception_trace = UNSET
        else:
            exception_trace = self.exception_trace

        failed_activity_id: None | str | Unset
        if isinstance(self.failed_activity_id, Unset):
            failed_activity_id = UNSET
        else:
            failed_activity_id = self.failed_activity_id

        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        worker: None | str | Unset
        if isinstance(self.worker, Unset):
            worker = UNSET
        else:
            worker = self.worker

        custom_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = self.custom_headers.to_dict()

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if element_id is not UNSET:
            field_dict["elementId"] = element_id
        if state is not UNSET:
            field_dict["state"] = state
        if retries is not UNSET:
            field_dict["retries"] = retries
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if priority is not UNSET:
            field_dict["priority"] = priority
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if exception_message is not UNSET:
            field_dict["exceptionMessage"] = exception_message
        if exception_trace is not UNSET:
            field_dict["exceptionTrace"] = exception_trace
        if failed_activity_id is not UNSET:
            field_dict["failedActivityId"] = failed_activity_id
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if worker is not UNSET:
            field_dict["worker"] = worker
        if custom_headers is not UNSET:
            field_dict["customHeaders"] = custom_headers
        if deadline is not UNSET:
            field_dict["deadline"] = deadline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_fixture_custom_headers import JobFixtureCustomHeaders  # noqa: PLC0415

        d = dict(src_dict)
        element_id = d.pop("elementId", UNSET)

        _state = d.pop("state", UNSET)
        state: JobState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_job_state(_state)

        retries = d.pop("retries", UNSET)

        def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_date = _parse_due_date(d.pop("dueDate", UNSET))

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        priority = d.pop("priority", UNSET)

        suspended = d.pop("suspended", UNSET)

        def _parse_exception_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_message = _parse_exception_message(d.pop("exceptionMessage", UNSET))

        def _parse_exception_trace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_trace = _parse_exception_trace(d.pop("exceptionTrace", UNSET))

        def _parse_failed_activity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_activity_id = _parse_failed_activity_id(d.pop("failedActivityId", UNSET))

        def _parse_batch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch_id = _parse_batch_id(d.pop("batchId", UNSET))

        def _parse_worker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worker = _parse_worker(d.pop("worker", UNSET))

        _custom_headers = d.pop("customHeaders", UNSET)
        custom_headers: JobFixtureCustomHeaders | Unset
        if isinstance(_custom_headers, Unset):
            custom_headers = UNSET
        else:
            custom_headers = JobFixtureCustomHeaders.from_dict(_custom_headers)

        def _parse_deadline(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.datetime.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        job_fixture = cls(
            element_id=element_id,
            state=state,
            retries=retries,
            due_date=due_date,
            create_time=create_time,
            priority=priority,
            suspended=suspended,
            exception_message=exception_message,
            exception_trace=exception_trace,
            failed_activity_id=failed_activity_id,
            batch_id=batch_id,
            worker=worker,
            custom_headers=custom_headers,
            deadline=deadline,
        )

        return job_fixture
