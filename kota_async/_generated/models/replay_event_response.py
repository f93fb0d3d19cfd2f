"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.replay_delivery_response import ReplayDeliveryResponse


@define(kw_only=True)
class ReplayEventResponse:
    """The outcome of sending an event again.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    event_id: str
    deliveries: list[ReplayDeliveryResponse]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
