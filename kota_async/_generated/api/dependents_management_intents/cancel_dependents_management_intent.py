"""GENERATED from openapi/kota.yaml; do not edit by hand.

CancelDependentsManagementIntent: Cancel a dependents management intent The client method that calls it is
`kota.dependents_management_intents.cancel` (in resources.py).

    POST /dependents_management_intents/{dependents_management_intent_id}/cancel
"""

from __future__ import annotations

from ...types import Endpoint

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="CancelDependentsManagementIntent",
    method="POST",
    path="/dependents_management_intents/{dependents_management_intent_id}/cancel",
    response_type=None,
    body_type=None,
)
