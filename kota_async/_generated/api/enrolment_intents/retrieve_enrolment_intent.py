"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEnrolmentIntent: Retrieve an enrolment intent The client method that calls it is
`kota.enrolment_intents.retrieve` (in resources.py).

    GET /enrolment_intents/{enrolment_intent_id}
"""

from __future__ import annotations

from ...models.enrolment_intent_response import EnrolmentIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EnrolmentIntentResponse] = Endpoint(
    operation_id="RetrieveEnrolmentIntent",
    method="GET",
    path="/enrolment_intents/{enrolment_intent_id}",
    response_type=EnrolmentIntentResponse,
    body_type=None,
)
