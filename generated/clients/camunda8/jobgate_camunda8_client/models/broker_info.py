# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.partition import Partition


T = TypeVar("T", bound="BrokerInfo")


@_attrs_define
class BrokerInfo:
    """A broker.

    Attributes:
        node_id (int): Always 0.
        broker_id (str): Always `0`.
        host (str): The host the client addressed.
        port (int): The port the client addressed.
        partitions (list[Partition]): The partitions (one).
        version (str): jobgate's version.
    """

    node_id: int
    broker_id: str
    host: str
    port: int
    partitions: list[Partition]
    version: str

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        broker_id = self.broker_id

        host = self.host

        port = self.port

        partitions = []
        for partitions_item_data in self.partitions:
            partitions_item = partitions_item_data.to_dict()
            partitions.append(partitions_item)

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "nodeId": node_id,
                "brokerId": broker_id,
                "host": host,
                "port": port,
                "partitions": partitions,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partition import Partition  # noqa: PLC0415

        d = dict(src_dict)
        node_id = d.pop("nodeId")

        broker_id = d.pop("brokerId")

        host = d.pop("host")

        port = d.pop("port")

        partitions = []
        _partitions = d.pop("partitions")
        for partitions_item_data in _partitions:
            partitions_item = Partition.from_dict(partitions_item_data)

            partitions.append(partitions_item)

        version = d.pop("version")

        broker_info = cls(
            node_id=node_id,
            broker_id=broker_id,
            host=host,
            port=port,
            partitions=partitions,
            version=version,
        )

        return broker_info
