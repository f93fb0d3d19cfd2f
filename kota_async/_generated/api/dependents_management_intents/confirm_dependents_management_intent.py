"""GENERATED from openapi/kota.yaml; do not edit by hand.

ConfirmDependentsManagementIntent: Confirm a dependents management intent The client method that calls it is
`kota.dependents_management_intents.confirm` (in resources.py).

    POST /dependents_management_intents/{dependents_management_intent_id}/confirm
"""

from __future__ import annotations

from ...types import Endpoint

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="ConfirmDependentsManagementIntent",
    method="POST",
    path="/dependents_management_intents/{dependents_management_intent_id}/confirm",
    response_type=None,
    body_type=None,
)
