"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveAssociatedPerson: Retrieve an associated person

    GET /employees/{employee_id}/associated_persons/{associated_person_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.associated_person_response import AssociatedPersonResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[AssociatedPersonResponse] = Endpoint(
    operation_id="RetrieveAssociatedPerson",
    method="GET",
    path="/employees/{employee_id}/associated_persons/{associated_person_id}",
    response_type=AssociatedPersonResponse,
    body_type=None,
)


def build(
    employee_id: str,
    associated_person_id: str,
    /,
) -> Request[AssociatedPersonResponse]:
    """Describe one call of RetrieveAssociatedPerson; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employee_id": employee_id,
            "associated_person_id": associated_person_id,
        },
        query=given({}),
    )
