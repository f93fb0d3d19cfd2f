"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveGroupPolicyIntent: Retrieve a group policy intent The client method that calls it is
`kota.group_policy_intents.retrieve` (in resources.py).

    GET /group_policy_intents/{group_policy_intent_id}
"""

from __future__ import annotations

from ...models.group_policy_intent_response import GroupPolicyIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[GroupPolicyIntentResponse] = Endpoint(
    operation_id="RetrieveGroupPolicyIntent",
    method="GET",
    path="/group_policy_intents/{group_policy_intent_id}",
    response_type=GroupPolicyIntentResponse,
    body_type=None,
)
