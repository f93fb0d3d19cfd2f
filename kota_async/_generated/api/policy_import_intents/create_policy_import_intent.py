"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreatePolicyImportIntent: Import an existing policy The client method that calls it is
`kota.policy_import_intents.create` (in resources.py).

    POST /policy_import_intents
"""

from __future__ import annotations

from ...models.create_policy_import_intent_request import CreatePolicyImportIntentRequest
from ...models.policy_import_intent_response import PolicyImportIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[PolicyImportIntentResponse] = Endpoint(
    operation_id="CreatePolicyImportIntent",
    method="POST",
    path="/policy_import_intents",
    response_type=PolicyImportIntentResponse,
    body_type=CreatePolicyImportIntentRequest,
)
