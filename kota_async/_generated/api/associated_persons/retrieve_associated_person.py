"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveAssociatedPerson: Retrieve an associated person The client method that calls it is
`kota.employees.associated_persons.retrieve` (in resources.py).

    GET /employees/{employee_id}/associated_persons/{associated_person_id}
"""

from __future__ import annotations

from ...models.associated_person_response import AssociatedPersonResponse
from ...types import Endpoint

ENDPOINT: Endpoint[AssociatedPersonResponse] = Endpoint(
    operation_id="RetrieveAssociatedPerson",
    method="GET",
    path="/employees/{employee_id}/associated_persons/{associated_person_id}",
    response_type=AssociatedPersonResponse,
    body_type=None,
)
