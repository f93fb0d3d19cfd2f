"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.enrolment_intent_event_response import EnrolmentIntentEventResponse


@define(kw_only=True)
class EnrolmentIntentNotUndertakenV2Webhook:
    """The enrolment_intent.not_undertaken event as Kota delivers it to your webhook endpoint (v2
    payload).

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    type_: str = field(metadata={"json": "type"})
    platform_id: str
    data: EnrolmentIntentEventResponse
    created_at: datetime.datetime
    object_: str = field(metadata={"json": "object"})
    version: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
