"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEnrolmentIntents: List enrolment intents

    GET /enrolment_intents
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.enrolment_intent_response import EnrolmentIntentResponse
from ...models.enrolment_intent_response_paged_list import EnrolmentIntentResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EnrolmentIntentResponsePagedList] = Endpoint(
    operation_id="ListEnrolmentIntents",
    method="GET",
    path="/enrolment_intents",
    response_type=EnrolmentIntentResponsePagedList,
    body_type=None,
)

ITEM = EnrolmentIntentResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    employee_id: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[EnrolmentIntentResponsePagedList]:
    """Describe one call of ListEnrolmentIntents; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "employee_id": employee_id,
                "group_id": group_id,
                "status": status,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
