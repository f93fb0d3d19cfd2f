"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateAssociatedPerson: Add an associated person to an employee The client method that calls it is
`kota.employees.associated_persons.create` (in resources.py).

    POST /employees/{employee_id}/associated_persons
"""

from __future__ import annotations

from ...models.associated_person_response import AssociatedPersonResponse
from ...models.create_associated_person_request import CreateAssociatedPersonRequest
from ...types import Endpoint

ENDPOINT: Endpoint[AssociatedPersonResponse] = Endpoint(
    operation_id="CreateAssociatedPerson",
    method="POST",
    path="/employees/{employee_id}/associated_persons",
    response_type=AssociatedPersonResponse,
    body_type=CreateAssociatedPersonRequest,
)
