"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateGroupPolicyIntent: Turn a group quote into a group policy

    POST /group_policy_intents
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...models.create_group_policy_intent_request import CreateGroupPolicyIntentRequest
from ...models.group_policy_intent_response import GroupPolicyIntentResponse
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.consent_approval_input import ConsentApprovalInput
    from ...models.health_insurance_cost_sharing_configuration_response import (
        HealthInsuranceCostSharingConfigurationResponse,
    )

    pass

ENDPOINT: Endpoint[GroupPolicyIntentResponse] = Endpoint(
    operation_id="CreateGroupPolicyIntent",
    method="POST",
    path="/group_policy_intents",
    response_type=GroupPolicyIntentResponse,
    body_type=CreateGroupPolicyIntentRequest,
)


def build(
    *,
    quote_intent_id: str,
    cost_sharing: HealthInsuranceCostSharingConfigurationResponse
    | Mapping[str, Any]
    | None
    | Unset = UNSET,
    consent_approvals: None | Sequence[ConsentApprovalInput | Mapping[str, Any]] | Unset = UNSET,
) -> Request[GroupPolicyIntentResponse]:
    """Describe one call of CreateGroupPolicyIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given({}),
        body=given(
            {
                "quote_intent_id": quote_intent_id,
                "cost_sharing": cost_sharing,
                "consent_approvals": consent_approvals,
            }
        ),
    )
