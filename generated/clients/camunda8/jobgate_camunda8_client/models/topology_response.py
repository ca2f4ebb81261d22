# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.broker_info import BrokerInfo


T = TypeVar("T", bound="TopologyResponse")


@_attrs_define
class TopologyResponse:
    """The cluster's shape.

    Attributes:
        brokers (list[BrokerInfo]): The brokers (one).
        cluster_id (None | str): Always null.
        cluster_size (int): Always 1.
        partitions_count (int): Always 1.
        replication_factor (int): Always 1.
        gateway_version (str): jobgate's version.
        last_completed_change_id (str): Always `-1` (no topology changes).
    """

    brokers: list[BrokerInfo]
    cluster_id: None | str
    cluster_size: int
    partitions_count: int
    replication_factor: int
    gateway_version: str
    last_completed_change_id: str

    def to_dict(self) -> dict[str, Any]:
        brokers = []
        for brokers_item_data in self.brokers:
            brokers_item = brokers_item_data.to_dict()
            brokers.append(brokers_item)

        cluster_id: None | str
        cluster_id = self.cluster_id

        cluster_size = self.cluster_size

        partitions_count = self.partitions_count

        replication_factor = self.replication_factor

        gateway_version = self.gateway_version

        last_completed_change_id = self.last_completed_change_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "brokers": brokers,
                "clusterId": cluster_id,
                "clusterSize": cluster_size,
                "partitionsCount": partitions_count,
                "replicationFactor": replication_factor,
                "gatewayVersion": gateway_version,
                "lastCompletedChangeId": last_completed_change_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.broker_info import BrokerInfo  # noqa: PLC0415

        d = dict(src_dict)
        brokers = []
        _brokers = d.pop("brokers")
        for brokers_item_data in _brokers:
            brokers_item = BrokerInfo.from_dict(brokers_item_data)

            brokers.append(brokers_item)

        def _parse_cluster_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cluster_id = _parse_cluster_id(d.pop("clusterId"))

        cluster_size = d.pop("clusterSize")

        partitions_count = d.pop("partitionsCount")

        replication_factor = d.pop("replicationFactor")

        gateway_version = d.pop("gatewayVersion")

        last_completed_change_id = d.pop("lastCompletedChangeId")

        topology_response = cls(
            brokers=brokers,
            cluster_id=cluster_id,
            cluster_size=cluster_size,
            partitions_count=partitions_count,
            replication_factor=replication_factor,
            gateway_version=gateway_version,
            last_completed_change_id=last_completed_change_id,
        )

        return topology_response
