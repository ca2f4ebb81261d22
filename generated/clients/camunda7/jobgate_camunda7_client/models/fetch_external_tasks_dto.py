# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_external_task_topic_dto import FetchExternalTaskTopicDto
    from ..models.sorting_dto import SortingDto


T = TypeVar("T", bound="FetchExternalTasksDto")


@_attrs_define
class FetchExternalTasksDto:
    """
    Attributes:
        worker_id (str): The worker that locks the tasks. Example: worker-1.
        max_tasks (int | None | Unset): The most tasks to lock over all topics (at most 1000 are locked per request).
            Example: 10.
        use_priority (bool | None | Unset): Lock higher priorities first.
        async_response_timeout (int | None | Unset): How long (ms) to wait for a task; at most 1800000. Absent or 0
            answers at once. Example: 10000.
        include_extension_properties (bool | None | Unset): Ignored (as in the engine, only the topic's flag counts).
        topics (list[FetchExternalTaskTopicDto] | None | Unset): The topics; a later topic of the same name replaces an
            earlier one.
        sorting (list[SortingDto] | None | Unset): `[{"sortBy": "createTime", "sortOrder": "asc"|"desc"}]`.
    """

    worker_id: str
    max_tasks: int | None | Unset = UNSET
    use_priority: bool | None | Unset = UNSET
    async_response_timeout: int | None | Unset = UNSET
    include_extension_properties: bool | None | Unset = UNSET
    topics: list[FetchExternalTaskTopicDto] | None | Unset = UNSET
    sorting: list[SortingDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        max_tasks: int | None | Unset
        if isinstance(self.max_tasks, Unset):
            max_tasks = UNSET
        else:
            max_tasks = self.max_tasks

        use_priority: bool | None | Unset
        if isinstance(self.use_priority, Unset):
            use_priority = UNSET
        else:
            use_priority = self.use_priority

        async_response_timeout: int | None | Unset
        if isinstance(self.async_response_timeout, Unset):
            async_response_timeout = UNSET
        else:
            async_response_timeout = self.async_response_timeout

        include_extension_properties: bool | None | Unset
        if isinstance(self.include_extension_properties, Unset):
            include_extension_properties = UNSET
        else:
            include_extension_properties = self.include_extension_properties

        topics: list[dict[str, Any]] | None | Unset
        if isinstance(self.topics, Unset):
            topics = UNSET
        elif isinstance(self.topics, list):
            topics = []
            for topics_type_0_item_data in self.topics:
                topics_type_0_item = topics_type_0_item_data.to_dict()
                topics.append(topics_type_0_item)

        else:
            topics = self.topics

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
        field_dict.update(
            {
                "workerId": worker_id,
            }
        )
        if max_tasks is not UNSET:
            field_dict["maxTasks"] = max_tasks
        if use_priority is not UNSET:
            field_dict["usePriority"] = use_priority
        if async_response_timeout is not UNSET:
            field_dict["asyncResponseTimeout"] = async_response_timeout
        if include_extension_properties is not UNSET:
            field_dict["includeExtensionProperties"] = include_extension_properties
        if topics is not UNSET:
            field_dict["topics"] = topics
        if sorting is not UNSET:
            field_dict["sorting"] = sorting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_external_task_topic_dto import FetchExternalTaskTopicDto  # noqa: PLC0415
        from ..models.sorting_dto import SortingDto  # noqa: PLC0415

        d = dict(src_dict)
        worker_id = d.pop("workerId")

        def _parse_max_tasks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tasks = _parse_max_tasks(d.pop("maxTasks", UNSET))

        def _parse_use_priority(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_priority = _parse_use_priority(d.pop("usePriority", UNSET))

        def _parse_async_response_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        async_response_timeout = _parse_async_response_timeout(d.pop("asyncResponseTimeout", UNSET))

        def _parse_include_extension_properties(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_extension_properties = _parse_include_extension_properties(d.pop("includeExtensionProperties", UNSET))

        def _parse_topics(data: object) -> list[FetchExternalTaskTopicDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                topics_type_0 = []
                _topics_type_0 = data
                for topics_type_0_item_data in _topics_type_0:
                    topics_type_0_item = FetchExternalTaskTopicDto.from_dict(topics_type_0_item_data)

                    topics_type_0.append(topics_type_0_item)

                return topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FetchExternalTaskTopicDto] | None | Unset, data)

        topics = _parse_topics(d.pop("topics", UNSET))

        def _parse_sorting(data: object) -> list[SortingDto] | None | Unset:
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
                    sorting_type_0_item = SortingDto.from_dict(sorting_type_0_item_data)

                    sorting_type_0.append(sorting_type_0_item)

                return sorting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SortingDto] | None | Unset, data)

        sorting = _parse_sorting(d.pop("sorting", UNSET))

        fetch_external_tasks_dto = cls(
            worker_id=worker_id,
            max_tasks=max_tasks,
            use_priority=use_priority,
            async_response_timeout=async_response_timeout,
            include_extension_properties=include_extension_properties,
            topics=topics,
            sorting=sorting,
        )

        fetch_external_tasks_dto.additional_properties = d
        return fetch_external_tasks_dto

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
