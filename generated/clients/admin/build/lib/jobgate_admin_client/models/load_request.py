# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deploy_request import DeployRequest
    from ..models.load_instance import LoadInstance


T = TypeVar("T", bound="LoadRequest")


@_attrs_define
class LoadRequest:
    """Definitions to deploy and instances to start.

    Example:
        {'definitions': [{'bpmnProcessId': 'invoice', 'tasks': [{'elementId': 'charge-card', 'type': 'charge-card'}]}],
            'instances': [{'bpmnProcessId': 'invoice', 'count': 1000, 'variables': {'amount': 99.5}}]}

    Attributes:
        definitions (list[DeployRequest] | Unset): Definitions to deploy, in order, before any instance is started.
        instances (list[LoadInstance] | Unset): Instance templates to start.
    """

    definitions: list[DeployRequest] | Unset = UNSET
    instances: list[LoadInstance] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        definitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.definitions, Unset):
            definitions = []
            for definitions_item_data in self.definitions:
                definitions_item = definitions_item_data.to_dict()
                definitions.append(definitions_item)

        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item = instances_item_data.to_dict()
                instances.append(instances_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if definitions is not UNSET:
            field_dict["definitions"] = definitions
        if instances is not UNSET:
            field_dict["instances"] = instances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deploy_request import DeployRequest  # noqa: PLC0415
        from ..models.load_instance import LoadInstance  # noqa: PLC0415

        d = dict(src_dict)
        _definitions = d.pop("definitions", UNSET)
        definitions: list[DeployRequest] | Unset = UNSET
        if _definitions is not UNSET:
            definitions = []
            for definitions_item_data in _definitions:
                definitions_item = DeployRequest.from_dict(definitions_item_data)

                definitions.append(definitions_item)

        _instances = d.pop("instances", UNSET)
        instances: list[LoadInstance] | Unset = UNSET
        if _instances is not UNSET:
            instances = []
            for instances_item_data in _instances:
                instances_item = LoadInstance.from_dict(instances_item_data)

                instances.append(instances_item)

        load_request = cls(
            definitions=definitions,
            instances=instances,
        )

        return load_request
