"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.enrolment_intent_ineligibility_reason_code import (
        EnrolmentIntentIneligibilityReasonCode,
    )


@define(kw_only=True)
class EnrolmentIntentInelgibilityReason:
    """The `EnrolmentIntentInelgibilityReason` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    code: EnrolmentIntentIneligibilityReasonCode
    reason: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
