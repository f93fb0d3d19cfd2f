"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateDependentsManagementIntentForEnrolmentIntent: Start managing dependants for an enrolment

    POST /enrolment_intents/{enrolment_intent_id}/create_dependents_management_intent
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.dependents_management_intent_response import DependentsManagementIntentResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[DependentsManagementIntentResponse] = Endpoint(
    operation_id="CreateDependentsManagementIntentForEnrolmentIntent",
    method="POST",
    path="/enrolment_intents/{enrolment_intent_id}/create_dependents_management_intent",
    response_type=DependentsManagementIntentResponse,
    body_type=None,
)


def build(
    enrolment_intent_id: str,
    /,
) -> Request[DependentsManagementIntentResponse]:
    """Describe one call of CreateDependentsManagementIntentForEnrolmentIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "enrolment_intent_id": enrolment_intent_id,
        },
        query=given({}),
    )
