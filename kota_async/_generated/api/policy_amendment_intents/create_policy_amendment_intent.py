"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreatePolicyAmendmentIntent: Request a change to a policy

    POST /policies/{policy_id}/policy_amendment_intents
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...models.create_policy_amendment_intent_request import CreatePolicyAmendmentIntentRequest
from ...models.policy_amendment_intent_response import PolicyAmendmentIntentResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    from ...models.policy_amendment_reason_request import PolicyAmendmentReasonRequest
    from ...models.policy_amendment_requested_change_request import (
        PolicyAmendmentRequestedChangeRequest,
    )

    pass

ENDPOINT: Endpoint[PolicyAmendmentIntentResponse] = Endpoint(
    operation_id="CreatePolicyAmendmentIntent",
    method="POST",
    path="/policies/{policy_id}/policy_amendment_intents",
    response_type=PolicyAmendmentIntentResponse,
    body_type=CreatePolicyAmendmentIntentRequest,
)


def build(
    policy_id: str,
    /,
    *,
    amendment_reason: PolicyAmendmentReasonRequest | Mapping[str, Any],
    requested_changes: Sequence[PolicyAmendmentRequestedChangeRequest | Mapping[str, Any]],
) -> Request[PolicyAmendmentIntentResponse]:
    """Describe one call of CreatePolicyAmendmentIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "policy_id": policy_id,
        },
        query=given({}),
        body=given(
            {
                "amendment_reason": amendment_reason,
                "requested_changes": requested_changes,
            }
        ),
    )
