"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disclosure_response import DisclosureResponse
    from ..models.enrolment_intent_action_required_response import (
        EnrolmentIntentActionRequiredResponse,
    )
    from ..models.enrolment_intent_inelgibility_reason import EnrolmentIntentInelgibilityReason
    from ..models.enrolment_intent_pending_confirmation_response import (
        EnrolmentIntentPendingConfirmationResponse,
    )
    from ..models.enrolment_intent_policy_enrolment_response import (
        EnrolmentIntentPolicyEnrolmentResponse,
    )
    from ..models.enrolment_intent_status import EnrolmentIntentStatus
    from ..models.policy_configuration_response import PolicyConfigurationResponse


@define(kw_only=True)
class EnrolmentIntentResponse:
    """The process of enrolling an employee in a group's cover.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    employee_id: str
    group_id: str
    status: EnrolmentIntentStatus
    force_confirmation: bool
    policy_enrolments: list[EnrolmentIntentPolicyEnrolmentResponse]
    disclosures: list[DisclosureResponse]
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    ineligibility_reason: EnrolmentIntentInelgibilityReason | None | Unset = UNSET
    policy_configuration: None | PolicyConfigurationResponse | Unset = UNSET
    action_required: EnrolmentIntentActionRequiredResponse | None | Unset = UNSET
    pending_confirmation: EnrolmentIntentPendingConfirmationResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
