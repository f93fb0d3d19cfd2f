"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateEnrolmentIntent: Start an employee's enrolment The client method that calls it is
`kota.enrolment_intents.create` (in resources.py).

    POST /enrolment_intents
"""

from __future__ import annotations

from ...models.create_enrolment_intent_request import CreateEnrolmentIntentRequest
from ...models.enrolment_intent_response import EnrolmentIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EnrolmentIntentResponse] = Endpoint(
    operation_id="CreateEnrolmentIntent",
    method="POST",
    path="/enrolment_intents",
    response_type=EnrolmentIntentResponse,
    body_type=CreateEnrolmentIntentRequest,
)
