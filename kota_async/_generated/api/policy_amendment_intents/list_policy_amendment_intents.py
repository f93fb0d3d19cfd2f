"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListPolicyAmendmentIntents: List a policy's amendment intents The client method that calls it is
`kota.policies.policy_amendment_intents.list` (in resources.py).

    GET /policies/{policy_id}/policy_amendment_intents
"""

from __future__ import annotations

from ...models.policy_amendment_intent_response import PolicyAmendmentIntentResponse
from ...models.policy_amendment_intent_response_paged_list import (
    PolicyAmendmentIntentResponsePagedList,
)
from ...types import Endpoint

ENDPOINT: Endpoint[PolicyAmendmentIntentResponsePagedList] = Endpoint(
    operation_id="ListPolicyAmendmentIntents",
    method="GET",
    path="/policies/{policy_id}/policy_amendment_intents",
    response_type=PolicyAmendmentIntentResponsePagedList,
    body_type=None,
)

ITEM = PolicyAmendmentIntentResponse
"""The model of one item of this list operation's pages."""
