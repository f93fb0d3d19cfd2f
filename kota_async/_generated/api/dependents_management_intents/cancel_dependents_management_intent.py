"""GENERATED from openapi/kota.yaml; do not edit by hand.

CancelDependentsManagementIntent: Cancel a dependents management intent

    POST /dependents_management_intents/{dependents_management_intent_id}/cancel
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="CancelDependentsManagementIntent",
    method="POST",
    path="/dependents_management_intents/{dependents_management_intent_id}/cancel",
    response_type=None,
    body_type=None,
)


def build(
    dependents_management_intent_id: str,
    /,
) -> Request[None]:
    """Describe one call of CancelDependentsManagementIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "dependents_management_intent_id": dependents_management_intent_id,
        },
        query=given({}),
    )
