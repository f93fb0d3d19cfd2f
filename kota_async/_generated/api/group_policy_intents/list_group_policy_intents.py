"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupPolicyIntents: List group policy intents The client method that calls it is
`kota.group_policy_intents.list` (in resources.py).

    GET /group_policy_intents
"""

from __future__ import annotations

from ...models.group_policy_intent_response import GroupPolicyIntentResponse
from ...models.group_policy_intent_response_paged_list import GroupPolicyIntentResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[GroupPolicyIntentResponsePagedList] = Endpoint(
    operation_id="ListGroupPolicyIntents",
    method="GET",
    path="/group_policy_intents",
    response_type=GroupPolicyIntentResponsePagedList,
    body_type=None,
)

ITEM = GroupPolicyIntentResponse
"""The model of one item of this list operation's pages."""
