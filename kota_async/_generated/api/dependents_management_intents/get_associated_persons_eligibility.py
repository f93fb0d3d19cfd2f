"""GENERATED from openapi/kota.yaml; do not edit by hand.

GetAssociatedPersonsEligibility: List which associated persons may be added as dependants

    GET /dependents_management_intents/{dependents_management_intent_id}/associated_persons_eligibility
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.associated_person_eligibility_response import AssociatedPersonEligibilityResponse
from ...models.associated_person_eligibility_response_paged_list import (
    AssociatedPersonEligibilityResponsePagedList,
)
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[AssociatedPersonEligibilityResponsePagedList] = Endpoint(
    operation_id="GetAssociatedPersonsEligibility",
    method="GET",
    path="/dependents_management_intents/{dependents_management_intent_id}/associated_persons_eligibility",
    response_type=AssociatedPersonEligibilityResponsePagedList,
    body_type=None,
)

ITEM = AssociatedPersonEligibilityResponse
"""The model of one item of this list operation's pages."""


def build(
    dependents_management_intent_id: str,
    /,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[AssociatedPersonEligibilityResponsePagedList]:
    """Describe one call of GetAssociatedPersonsEligibility; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "dependents_management_intent_id": dependents_management_intent_id,
        },
        query=given(
            {
                "page": page,
                "page_size": page_size,
            }
        ),
    )
