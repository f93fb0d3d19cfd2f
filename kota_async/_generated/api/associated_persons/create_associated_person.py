"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateAssociatedPerson: Add an associated person to an employee

    POST /employees/{employee_id}/associated_persons
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ...models.associated_person_response import AssociatedPersonResponse
from ...models.create_associated_person_request import CreateAssociatedPersonRequest
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.relationship_type import RelationshipType
    from ...models.sex_at_birth import SexAtBirth

    pass

ENDPOINT: Endpoint[AssociatedPersonResponse] = Endpoint(
    operation_id="CreateAssociatedPerson",
    method="POST",
    path="/employees/{employee_id}/associated_persons",
    response_type=AssociatedPersonResponse,
    body_type=CreateAssociatedPersonRequest,
)


def build(
    employee_id: str,
    /,
    *,
    first_name: str,
    last_name: str,
    date_of_birth: datetime.date,
    sex_at_birth: SexAtBirth | str,
    relationship_type: RelationshipType | str,
    email: None | str | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
) -> Request[AssociatedPersonResponse]:
    """Describe one call of CreateAssociatedPerson; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employee_id": employee_id,
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
