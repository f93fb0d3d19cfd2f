"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateDependentsManagementIntentForEnrolmentIntent: Start managing dependants for an enrolment The client method that calls it is
`kota.enrolment_intents.create_dependents_management_intent` (in resources.py).

    POST /enrolment_intents/{enrolment_intent_id}/create_dependents_management_intent
"""

from __future__ import annotations

from ...models.dependents_management_intent_response import DependentsManagementIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[DependentsManagementIntentResponse] = Endpoint(
    operation_id="CreateDependentsManagementIntentForEnrolmentIntent",
    method="POST",
    path="/enrolment_intents/{enrolment_intent_id}/create_dependents_management_intent",
    response_type=DependentsManagementIntentResponse,
    body_type=None,
)
