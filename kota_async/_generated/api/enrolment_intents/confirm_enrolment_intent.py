"""GENERATED from openapi/kota.yaml; do not edit by hand.

ConfirmEnrolmentIntent: Confirm an enrolment intent The client method that calls it is
`kota.enrolment_intents.confirm` (in resources.py).

    POST /enrolment_intents/{enrolment_intent_id}/confirm
"""

from __future__ import annotations

from ...types import Endpoint

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="ConfirmEnrolmentIntent",
    method="POST",
    path="/enrolment_intents/{enrolment_intent_id}/confirm",
    response_type=None,
    body_type=None,
)
