"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disclosure_response import DisclosureResponse
    from ..models.policy_amendment_intent_status import PolicyAmendmentIntentStatus
    from ..models.policy_amendment_pending_confirmation_response import (
        PolicyAmendmentPendingConfirmationResponse,
    )
    from ..models.policy_amendment_processing_error_response import (
        PolicyAmendmentProcessingErrorResponse,
    )
    from ..models.policy_amendment_reason_response import PolicyAmendmentReasonResponse
    from ..models.policy_amendment_requested_change_response import (
        PolicyAmendmentRequestedChangeResponse,
    )
    from ..models.policy_amendment_required_action_response import (
        PolicyAmendmentRequiredActionResponse,
    )


@define(kw_only=True)
class PolicyAmendmentIntentResponse:
    """The process of changing an existing policy.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    policy_id: str
    status: PolicyAmendmentIntentStatus
    amendment_reason: PolicyAmendmentReasonResponse
    requested_changes: list[PolicyAmendmentRequestedChangeResponse]
    disclosures: list[DisclosureResponse]
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    required_action: None | PolicyAmendmentRequiredActionResponse | Unset = UNSET
    pending_confirmation: None | PolicyAmendmentPendingConfirmationResponse | Unset = UNSET
    processing_error: None | PolicyAmendmentProcessingErrorResponse | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
