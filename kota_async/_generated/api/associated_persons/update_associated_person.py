"""GENERATED from openapi/kota.yaml; do not edit by hand.

UpdateAssociatedPerson: Update an associated person The client method that calls it is
`kota.employees.associated_persons.update` (in resources.py).

    PUT /employees/{employee_id}/associated_persons/{associated_person_id}
"""

from __future__ import annotations

from ...models.associated_person_response import AssociatedPersonResponse
from ...models.update_associated_person_request import UpdateAssociatedPersonRequest
from ...types import Endpoint

ENDPOINT: Endpoint[AssociatedPersonResponse] = Endpoint(
    operation_id="UpdateAssociatedPerson",
    method="PUT",
    path="/employees/{employee_id}/associated_persons/{associated_person_id}",
    response_type=AssociatedPersonResponse,
    body_type=UpdateAssociatedPersonRequest,
)
