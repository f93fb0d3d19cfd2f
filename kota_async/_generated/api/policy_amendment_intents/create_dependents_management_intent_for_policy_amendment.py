"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateDependentsManagementIntentForPolicyAmendment: Start managing dependants for a policy amendment

    POST /policies/{policy_id}/policy_amendment_intents/{id}/create_dependents_management_intent
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.dependents_management_intent_response import DependentsManagementIntentResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[DependentsManagementIntentResponse] = Endpoint(
    operation_id="CreateDependentsManagementIntentForPolicyAmendment",
    method="POST",
    path="/policies/{policy_id}/policy_amendment_intents/{id}/create_dependents_management_intent",
    response_type=DependentsManagementIntentResponse,
    body_type=None,
)


def build(
    policy_id: str,
    id: str,
    /,
) -> Request[DependentsManagementIntentResponse]:
    """Describe one call of CreateDependentsManagementIntentForPolicyAmendment; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "policy_id": policy_id,
            "id": id,
        },
        query=given({}),
    )
