"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrievePolicyImportIntent: Fetch one policy import intent The client method that calls it is
`kota.policy_import_intents.retrieve` (in resources.py).

    GET /policy_import_intents/{policy_import_intent_id}
"""

from __future__ import annotations

from ...models.policy_import_intent_response import PolicyImportIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[PolicyImportIntentResponse] = Endpoint(
    operation_id="RetrievePolicyImportIntent",
    method="GET",
    path="/policy_import_intents/{policy_import_intent_id}",
    response_type=PolicyImportIntentResponse,
    body_type=None,
)
