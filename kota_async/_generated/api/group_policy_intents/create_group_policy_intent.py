"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateGroupPolicyIntent: Turn a group quote into a group policy The client method that calls it is
`kota.group_policy_intents.create` (in resources.py).

    POST /group_policy_intents
"""

from __future__ import annotations

from ...models.create_group_policy_intent_request import CreateGroupPolicyIntentRequest
from ...models.group_policy_intent_response import GroupPolicyIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[GroupPolicyIntentResponse] = Endpoint(
    operation_id="CreateGroupPolicyIntent",
    method="POST",
    path="/group_policy_intents",
    response_type=GroupPolicyIntentResponse,
    body_type=CreateGroupPolicyIntentRequest,
)
