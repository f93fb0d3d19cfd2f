"""GENERATED from openapi/kota.yaml; do not edit by hand.

RemoveDependentFromDependentsManagementIntent: Remove a dependant from a dependents management intent The client method that calls it is
`kota.dependents_management_intents.dependents.delete` (in resources.py).

    DELETE /dependents_management_intents/{dependents_management_intent_id}/dependents/{associated_person_id}
"""

from __future__ import annotations

from ...models.dependents_management_intent_response import DependentsManagementIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[DependentsManagementIntentResponse] = Endpoint(
    operation_id="RemoveDependentFromDependentsManagementIntent",
    method="DELETE",
    path="/dependents_management_intents/{dependents_management_intent_id}/dependents/{associated_person_id}",
    response_type=DependentsManagementIntentResponse,
    body_type=None,
)
