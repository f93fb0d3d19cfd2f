"""GENERATED from openapi/kota.yaml; do not edit by hand.

DeleteAssociatedPerson: Delete an associated person The client method that calls it is
`kota.employees.associated_persons.delete` (in resources.py).

    DELETE /employees/{employee_id}/associated_persons/{associated_person_id}
"""

from __future__ import annotations

from ...models.associated_person_response import AssociatedPersonResponse
from ...types import Endpoint

ENDPOINT: Endpoint[AssociatedPersonResponse] = Endpoint(
    operation_id="DeleteAssociatedPerson",
    method="DELETE",
    path="/employees/{employee_id}/associated_persons/{associated_person_id}",
    response_type=AssociatedPersonResponse,
    body_type=None,
)
