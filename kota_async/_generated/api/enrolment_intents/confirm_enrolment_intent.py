"""GENERATED from openapi/kota.yaml; do not edit by hand.

ConfirmEnrolmentIntent: Confirm an enrolment intent

    POST /enrolment_intents/{enrolment_intent_id}/confirm
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="ConfirmEnrolmentIntent",
    method="POST",
    path="/enrolment_intents/{enrolment_intent_id}/confirm",
    response_type=None,
    body_type=None,
)


def build(
    enrolment_intent_id: str,
    /,
) -> Request[None]:
    """Describe one call of ConfirmEnrolmentIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "enrolment_intent_id": enrolment_intent_id,
        },
        query=given({}),
    )
