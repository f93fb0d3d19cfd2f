"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEnrolmentIntentRequirements: List an enrolment intent's requirements

    GET /enrolment_intents/{enrolment_intent_id}/requirements
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.enrolment_intent_requirement_response import EnrolmentIntentRequirementResponse
from ...models.enrolment_intent_requirement_response_paged_list import (
    EnrolmentIntentRequirementResponsePagedList,
)
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.requirement_object_type import RequirementObjectType

    pass

ENDPOINT: Endpoint[EnrolmentIntentRequirementResponsePagedList] = Endpoint(
    operation_id="ListEnrolmentIntentRequirements",
    method="GET",
    path="/enrolment_intents/{enrolment_intent_id}/requirements",
    response_type=EnrolmentIntentRequirementResponsePagedList,
    body_type=None,
)

ITEM = EnrolmentIntentRequirementResponse
"""The model of one item of this list operation's pages."""


def build(
    enrolment_intent_id: str,
    /,
    *,
    object_type: RequirementObjectType | str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[EnrolmentIntentRequirementResponsePagedList]:
    """Describe one call of ListEnrolmentIntentRequirements; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "enrolment_intent_id": enrolment_intent_id,
        },
        query=given(
            {
                "object_type": object_type,
                "object_id": object_id,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
