"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.policy_amendment_reason_request import PolicyAmendmentReasonRequest
    from ..models.policy_amendment_requested_change_request import (
        PolicyAmendmentRequestedChangeRequest,
    )


@define(kw_only=True)
class CreatePolicyAmendmentIntentRequest:
    """Why the policy changes, and what should change.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    amendment_reason: PolicyAmendmentReasonRequest
    requested_changes: list[PolicyAmendmentRequestedChangeRequest]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
