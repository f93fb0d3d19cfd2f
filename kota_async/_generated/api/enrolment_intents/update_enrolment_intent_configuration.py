"""GENERATED from openapi/kota.yaml; do not edit by hand.

UpdateEnrolmentIntentConfiguration: Change an enrolment intent's policy configuration

    PUT /enrolment_intents/{enrolment_intent_id}
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ...models.enrolment_intent_response import EnrolmentIntentResponse
from ...models.policy_configuration_request import PolicyConfigurationRequest
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EnrolmentIntentResponse] = Endpoint(
    operation_id="UpdateEnrolmentIntentConfiguration",
    method="PUT",
    path="/enrolment_intents/{enrolment_intent_id}",
    response_type=EnrolmentIntentResponse,
    body_type=PolicyConfigurationRequest,
)


def build(
    enrolment_intent_id: str,
    /,
    *,
    desired_policy_start_date: None | datetime.date | Unset = UNSET,
    enrolment_date: None | datetime.date | Unset = UNSET,
) -> Request[EnrolmentIntentResponse]:
    """Describe one call of UpdateEnrolmentIntentConfiguration; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "enrolment_intent_id": enrolment_intent_id,
        },
        query=given({}),
        body=given(
            {
                "desired_policy_start_date": desired_policy_start_date,
                "enrolment_date": enrolment_date,
            }
        ),
    )
