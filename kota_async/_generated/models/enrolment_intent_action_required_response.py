"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.intent_action_type import IntentActionType


@define(kw_only=True)
class EnrolmentIntentActionRequiredResponse:
    """What an enrolment intent waits for, and by when.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    code: IntentActionType
    reason: str
    reason_description: str
    due_by: datetime.datetime
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
