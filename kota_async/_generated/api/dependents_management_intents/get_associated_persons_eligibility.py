"""GENERATED from openapi/kota.yaml; do not edit by hand.

GetAssociatedPersonsEligibility: List which associated persons may be added as dependants The client method that calls it is
`kota.dependents_management_intents.associated_persons_eligibility.list` (in resources.py).

    GET /dependents_management_intents/{dependents_management_intent_id}/associated_persons_eligibility
"""

from __future__ import annotations

from ...models.associated_person_eligibility_response import AssociatedPersonEligibilityResponse
from ...models.associated_person_eligibility_response_paged_list import (
    AssociatedPersonEligibilityResponsePagedList,
)
from ...types import Endpoint

ENDPOINT: Endpoint[AssociatedPersonEligibilityResponsePagedList] = Endpoint(
    operation_id="GetAssociatedPersonsEligibility",
    method="GET",
    path="/dependents_management_intents/{dependents_management_intent_id}/associated_persons_eligibility",
    response_type=AssociatedPersonEligibilityResponsePagedList,
    body_type=None,
)

ITEM = AssociatedPersonEligibilityResponse
"""The model of one item of this list operation's pages."""
