"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrievePolicyImportIntent: Retrieve a policy import intent

    GET /policy_import_intents/{policy_import_intent_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.policy_import_intent_response import PolicyImportIntentResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[PolicyImportIntentResponse] = Endpoint(
    operation_id="RetrievePolicyImportIntent",
    method="GET",
    path="/policy_import_intents/{policy_import_intent_id}",
    response_type=PolicyImportIntentResponse,
    body_type=None,
)


def build(
    policy_import_intent_id: str,
    /,
) -> Request[PolicyImportIntentResponse]:
    """Describe one call of RetrievePolicyImportIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "policy_import_intent_id": policy_import_intent_id,
        },
        query=given({}),
    )
