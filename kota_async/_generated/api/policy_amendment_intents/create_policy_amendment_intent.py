"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreatePolicyAmendmentIntent: Request a change to a policy The client method that calls it is
`kota.policies.policy_amendment_intents.create` (in resources.py).

    POST /policies/{policy_id}/policy_amendment_intents
"""

from __future__ import annotations

from ...models.create_policy_amendment_intent_request import CreatePolicyAmendmentIntentRequest
from ...models.policy_amendment_intent_response import PolicyAmendmentIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[PolicyAmendmentIntentResponse] = Endpoint(
    operation_id="CreatePolicyAmendmentIntent",
    method="POST",
    path="/policies/{policy_id}/policy_amendment_intents",
    response_type=PolicyAmendmentIntentResponse,
    body_type=CreatePolicyAmendmentIntentRequest,
)
