"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListAssociatedPersons: List an employee's associated persons

    GET /employees/{employee_id}/associated_persons
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.associated_person_response import AssociatedPersonResponse
from ...models.associated_person_response_paged_list import AssociatedPersonResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[AssociatedPersonResponsePagedList] = Endpoint(
    operation_id="ListAssociatedPersons",
    method="GET",
    path="/employees/{employee_id}/associated_persons",
    response_type=AssociatedPersonResponsePagedList,
    body_type=None,
)

ITEM = AssociatedPersonResponse
"""The model of one item of this list operation's pages."""


def build(
    employee_id: str,
    /,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[AssociatedPersonResponsePagedList]:
    """Describe one call of ListAssociatedPersons; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employee_id": employee_id,
        },
        query=given(
            {
                "page": page,
                "page_size": page_size,
            }
        ),
    )
