"""GENERATED from openapi/kota.yaml; do not edit by hand.

UpdateEnrolmentIntentConfiguration: Change an enrolment intent's policy configuration The client method that calls it is
`kota.enrolment_intents.update` (in resources.py).

    PUT /enrolment_intents/{enrolment_intent_id}
"""

from __future__ import annotations

from ...models.enrolment_intent_response import EnrolmentIntentResponse
from ...models.policy_configuration_request import PolicyConfigurationRequest
from ...types import Endpoint

ENDPOINT: Endpoint[EnrolmentIntentResponse] = Endpoint(
    operation_id="UpdateEnrolmentIntentConfiguration",
    method="PUT",
    path="/enrolment_intents/{enrolment_intent_id}",
    response_type=EnrolmentIntentResponse,
    body_type=PolicyConfigurationRequest,
)
