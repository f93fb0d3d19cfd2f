"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrievePolicyAmendmentIntent: Fetch one amendment intent of a policy The client method that calls it is
`kota.policies.policy_amendment_intents.retrieve` (in resources.py).

    GET /policies/{policy_id}/policy_amendment_intents/{policy_amendment_intent_id}
"""

from __future__ import annotations

from ...models.policy_amendment_intent_response import PolicyAmendmentIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[PolicyAmendmentIntentResponse] = Endpoint(
    operation_id="RetrievePolicyAmendmentIntent",
    method="GET",
    path="/policies/{policy_id}/policy_amendment_intents/{policy_amendment_intent_id}",
    response_type=PolicyAmendmentIntentResponse,
    body_type=None,
)
