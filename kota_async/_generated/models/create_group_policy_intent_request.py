"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_approval_input import ConsentApprovalInput
    from ..models.health_insurance_cost_sharing_configuration_response import (
        HealthInsuranceCostSharingConfigurationResponse,
    )


@define(kw_only=True)
class CreateGroupPolicyIntentRequest:
    """The quote to accept, with the cost sharing and the employer's consents.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    quote_intent_id: str
    cost_sharing: HealthInsuranceCostSharingConfigurationResponse | None | Unset = UNSET
    consent_approvals: list[ConsentApprovalInput] | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
