"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListAssociatedPersons: List an employee's associated persons The client method that calls it is
`kota.employees.associated_persons.list` (in resources.py).

    GET /employees/{employee_id}/associated_persons
"""

from __future__ import annotations

from ...models.associated_person_response import AssociatedPersonResponse
from ...models.associated_person_response_paged_list import AssociatedPersonResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[AssociatedPersonResponsePagedList] = Endpoint(
    operation_id="ListAssociatedPersons",
    method="GET",
    path="/employees/{employee_id}/associated_persons",
    response_type=AssociatedPersonResponsePagedList,
    body_type=None,
)

ITEM = AssociatedPersonResponse
"""The model of one item of this list operation's pages."""
