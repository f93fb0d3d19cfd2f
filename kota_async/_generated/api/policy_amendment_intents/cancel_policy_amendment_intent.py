"""GENERATED from openapi/kota.yaml; do not edit by hand.

CancelPolicyAmendmentIntent: Cancel a policy amendment The client method that calls it is
`kota.policies.policy_amendment_intents.cancel` (in resources.py).

    POST /policies/{policy_id}/policy_amendment_intents/{id}/cancel
"""

from __future__ import annotations

from ...types import Endpoint

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="CancelPolicyAmendmentIntent",
    method="POST",
    path="/policies/{policy_id}/policy_amendment_intents/{id}/cancel",
    response_type=None,
    body_type=None,
)
