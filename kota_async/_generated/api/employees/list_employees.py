"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployees: List employees

    GET /employees
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employee_response import EmployeeResponse
from ...models.employee_response_paged_list import EmployeeResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployeeResponsePagedList] = Endpoint(
    operation_id="ListEmployees",
    method="GET",
    path="/employees",
    response_type=EmployeeResponsePagedList,
    body_type=None,
)

ITEM = EmployeeResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    filter: str | Unset = UNSET,
    employer_id: str | Unset = UNSET,
    external_customer_id: str | Unset = UNSET,
    metadata_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[EmployeeResponsePagedList]:
    """Describe one call of ListEmployees; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "filter": filter,
                "employer_id": employer_id,
                "external_customer_id": external_customer_id,
                "metadata_id": metadata_id,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
