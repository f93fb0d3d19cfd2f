"""GENERATED from openapi/kota.yaml; do not edit by hand.

UpdateAssociatedPerson: Update an associated person

    PUT /employees/{employee_id}/associated_persons/{associated_person_id}
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ...models.associated_person_response import AssociatedPersonResponse
from ...models.update_associated_person_request import UpdateAssociatedPersonRequest
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.relationship_type import RelationshipType
    from ...models.sex_at_birth import SexAtBirth

    pass

ENDPOINT: Endpoint[AssociatedPersonResponse] = Endpoint(
    operation_id="UpdateAssociatedPerson",
    method="PUT",
    path="/employees/{employee_id}/associated_persons/{associated_person_id}",
    response_type=AssociatedPersonResponse,
    body_type=UpdateAssociatedPersonRequest,
)


def build(
    employee_id: str,
    associated_person_id: str,
    /,
    *,
    first_name: None | str | Unset = UNSET,
    last_name: None | str | Unset = UNSET,
    date_of_birth: None | datetime.date | Unset = UNSET,
    sex_at_birth: SexAtBirth | str | None | Unset = UNSET,
    relationship_type: RelationshipType | str | None | Unset = UNSET,
    email: None | str | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
) -> Request[AssociatedPersonResponse]:
    """Describe one call of UpdateAssociatedPerson; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employee_id": employee_id,
            "associated_person_id": associated_person_id,
        },
        query=given({}),
        body=given(
            {
                "first_name": first_name,
                "last_name": last_name,
                "date_of_birth": date_of_birth,
                "sex_at_birth": sex_at_birth,
                "relationship_type": relationship_type,
                "email": email,
                "phone_number": phone_number,
            }
        ),
    )
