"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@define(kw_only=True)
class WebhookEndpointResponse:
    """A URL on your side that Kota delivers events to.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    endpoint_url: str
    subscribed_events: list[str]
    created_at: datetime.datetime
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
