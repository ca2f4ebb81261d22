# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_spec import TaskSpec


T = TypeVar("T", bound="DeployRequest")


@_attrs_define
class DeployRequest:
    """A sequential process definition.

    Example:
        {'bpmnProcessId': 'invoice', 'name': 'Invoice handling', 'tasks': [{'elementId': 'charge-card', 'type': 'charge-
            card', 'name': 'Charge card'}, {'elementId': 'ship-order', 'type': 'ship-order', 'name': 'Ship order'}]}

    Attributes:
        bpmn_process_id (str): The BPMN process id (Camunda 7 processDefinitionKey). Example: invoice.
        tasks (list[TaskSpec]): The tasks in flow order; each gets one job definition. Element ids must be unique.
        name (None | str | Unset): The name of the process definition. Example: Invoice handling.
        tenant_id (None | str | Unset): The tenant of the process definition; `null` for none. Example: tenant-a.
    """

    bpmn_process_id: str
    tasks: list[TaskSpec]
    name: None | str | Unset = UNSET
    tenant_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bpmn_process_id = self.bpmn_process_id

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bpmnProcessId": bpmn_process_id,
                "tasks": tasks,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_spec import TaskSpec  # noqa: PLC0415

        d = dict(src_dict)
        bpmn_process_id = d.pop("bpmnProcessId")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = TaskSpec.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        deploy_request = cls(
            bpmn_process_id=bpmn_process_id,
            tasks=tasks,
            name=name,
            tenant_id=tenant_id,
        )

        return deploy_request
