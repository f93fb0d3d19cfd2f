"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveDependentsManagementIntent: Fetch one dependents management intent The client method that calls it is
`kota.dependents_management_intents.retrieve` (in resources.py).

    GET /dependents_management_intents/{dependents_management_intent_id}
"""

from __future__ import annotations

from ...models.dependents_management_intent_response import DependentsManagementIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[DependentsManagementIntentResponse] = Endpoint(
    operation_id="RetrieveDependentsManagementIntent",
    method="GET",
    path="/dependents_management_intents/{dependents_management_intent_id}",
    response_type=DependentsManagementIntentResponse,
    body_type=None,
)
