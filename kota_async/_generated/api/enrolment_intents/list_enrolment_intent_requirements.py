"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEnrolmentIntentRequirements: List an enrolment intent's requirements The client method that calls it is
`kota.enrolment_intents.requirements.list` (in resources.py).

    GET /enrolment_intents/{enrolment_intent_id}/requirements
"""

from __future__ import annotations

from ...models.enrolment_intent_requirement_response import EnrolmentIntentRequirementResponse
from ...models.enrolment_intent_requirement_response_paged_list import (
    EnrolmentIntentRequirementResponsePagedList,
)
from ...types import Endpoint

ENDPOINT: Endpoint[EnrolmentIntentRequirementResponsePagedList] = Endpoint(
    operation_id="ListEnrolmentIntentRequirements",
    method="GET",
    path="/enrolment_intents/{enrolment_intent_id}/requirements",
    response_type=EnrolmentIntentRequirementResponsePagedList,
    body_type=None,
)

ITEM = EnrolmentIntentRequirementResponse
"""The model of one item of this list operation's pages."""
