"""GENERATED from openapi/kota.yaml; do not edit by hand.

RemoveDependentFromDependentsManagementIntent: Remove a dependant from a dependents management intent

    DELETE /dependents_management_intents/{dependents_management_intent_id}/dependents/{associated_person_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.dependents_management_intent_response import DependentsManagementIntentResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[DependentsManagementIntentResponse] = Endpoint(
    operation_id="RemoveDependentFromDependentsManagementIntent",
    method="DELETE",
    path="/dependents_management_intents/{dependents_management_intent_id}/dependents/{associated_person_id}",
    response_type=DependentsManagementIntentResponse,
    body_type=None,
)


def build(
    dependents_management_intent_id: str,
    associated_person_id: str,
    /,
) -> Request[DependentsManagementIntentResponse]:
    """Describe one call of RemoveDependentFromDependentsManagementIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "dependents_management_intent_id": dependents_management_intent_id,
            "associated_person_id": associated_person_id,
        },
        query=given({}),
    )
