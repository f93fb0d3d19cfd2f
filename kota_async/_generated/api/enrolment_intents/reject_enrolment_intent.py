"""GENERATED from openapi/kota.yaml; do not edit by hand.

RejectEnrolmentIntent: Reject an enrolment intent The client method that calls it is
`kota.enrolment_intents.reject` (in resources.py).

    POST /enrolment_intents/{enrolment_intent_id}/reject
"""

from __future__ import annotations

from ...types import Endpoint

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="RejectEnrolmentIntent",
    method="POST",
    path="/enrolment_intents/{enrolment_intent_id}/reject",
    response_type=None,
    body_type=None,
)
