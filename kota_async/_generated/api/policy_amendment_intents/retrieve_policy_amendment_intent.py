"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrievePolicyAmendmentIntent: Retrieve a policy amendment intent

    GET /policies/{policy_id}/policy_amendment_intents/{policy_amendment_intent_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.policy_amendment_intent_response import PolicyAmendmentIntentResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[PolicyAmendmentIntentResponse] = Endpoint(
    operation_id="RetrievePolicyAmendmentIntent",
    method="GET",
    path="/policies/{policy_id}/policy_amendment_intents/{policy_amendment_intent_id}",
    response_type=PolicyAmendmentIntentResponse,
    body_type=None,
)


def build(
    policy_id: str,
    policy_amendment_intent_id: str,
    /,
) -> Request[PolicyAmendmentIntentResponse]:
    """Describe one call of RetrievePolicyAmendmentIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "policy_id": policy_id,
            "policy_amendment_intent_id": policy_amendment_intent_id,
        },
        query=given({}),
    )
