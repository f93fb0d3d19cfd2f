"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateDependentsManagementIntentForPolicyAmendment: Start managing dependants for a policy amendment The client method that calls it is
`kota.policies.policy_amendment_intents.create_dependents_management_intent` (in resources.py).

    POST /policies/{policy_id}/policy_amendment_intents/{id}/create_dependents_management_intent
"""

from __future__ import annotations

from ...models.dependents_management_intent_response import DependentsManagementIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[DependentsManagementIntentResponse] = Endpoint(
    operation_id="CreateDependentsManagementIntentForPolicyAmendment",
    method="POST",
    path="/policies/{policy_id}/policy_amendment_intents/{id}/create_dependents_management_intent",
    response_type=DependentsManagementIntentResponse,
    body_type=None,
)
