"""GENERATED from openapi/kota.yaml; do not edit by hand.

AddDependentsToDependentsManagementIntent: Add dependants to a dependents management intent The client method that calls it is
`kota.dependents_management_intents.dependents.create` (in resources.py).

    POST /dependents_management_intents/{dependents_management_intent_id}/dependents
"""

from __future__ import annotations

from ...models.add_dependents_request import AddDependentsRequest
from ...models.dependents_management_intent_response import DependentsManagementIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[DependentsManagementIntentResponse] = Endpoint(
    operation_id="AddDependentsToDependentsManagementIntent",
    method="POST",
    path="/dependents_management_intents/{dependents_management_intent_id}/dependents",
    response_type=DependentsManagementIntentResponse,
    body_type=AddDependentsRequest,
)
