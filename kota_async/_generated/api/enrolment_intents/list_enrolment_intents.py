"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEnrolmentIntents: List enrolment intents The client method that calls it is
`kota.enrolment_intents.list` (in resources.py).

    GET /enrolment_intents
"""

from __future__ import annotations

from ...models.enrolment_intent_response import EnrolmentIntentResponse
from ...models.enrolment_intent_response_paged_list import EnrolmentIntentResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[EnrolmentIntentResponsePagedList] = Endpoint(
    operation_id="ListEnrolmentIntents",
    method="GET",
    path="/enrolment_intents",
    response_type=EnrolmentIntentResponsePagedList,
    body_type=None,
)

ITEM = EnrolmentIntentResponse
"""The model of one item of this list operation's pages."""
