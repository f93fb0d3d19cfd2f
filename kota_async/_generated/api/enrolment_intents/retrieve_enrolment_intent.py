"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEnrolmentIntent: Retrieve an enrolment intent

    GET /enrolment_intents/{enrolment_intent_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.enrolment_intent_response import EnrolmentIntentResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EnrolmentIntentResponse] = Endpoint(
    operation_id="RetrieveEnrolmentIntent",
    method="GET",
    path="/enrolment_intents/{enrolment_intent_id}",
    response_type=EnrolmentIntentResponse,
    body_type=None,
)


def build(
    enrolment_intent_id: str,
    /,
) -> Request[EnrolmentIntentResponse]:
    """Describe one call of RetrieveEnrolmentIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "enrolment_intent_id": enrolment_intent_id,
        },
        query=given({}),
    )
