"""GENERATED from openapi/kota.yaml; do not edit by hand.

ConfirmPolicyAmendmentIntent: Confirm a policy amendment The client method that calls it is
`kota.policies.policy_amendment_intents.confirm` (in resources.py).

    POST /policies/{policy_id}/policy_amendment_intents/{policy_amendment_intent_id}/confirm
"""

from __future__ import annotations

from ...types import Endpoint

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="ConfirmPolicyAmendmentIntent",
    method="POST",
    path="/policies/{policy_id}/policy_amendment_intents/{policy_amendment_intent_id}/confirm",
    response_type=None,
    body_type=None,
)
