"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListPolicyImportIntents: List policy import intents The client method that calls it is
`kota.policy_import_intents.list` (in resources.py).

    GET /policy_import_intents
"""

from __future__ import annotations

from ...models.policy_import_intent_response import PolicyImportIntentResponse
from ...models.policy_import_intent_response_paged_list import PolicyImportIntentResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[PolicyImportIntentResponsePagedList] = Endpoint(
    operation_id="ListPolicyImportIntents",
    method="GET",
    path="/policy_import_intents",
    response_type=PolicyImportIntentResponsePagedList,
    body_type=None,
)

ITEM = PolicyImportIntentResponse
"""The model of one item of this list operation's pages."""
