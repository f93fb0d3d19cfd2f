"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupEmployees: List a group's employees

    GET /groups/{group_id}/employees
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_employee_response import GroupEmployeeResponse
from ...models.group_employee_response_paged_list import GroupEmployeeResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupEmployeeResponsePagedList] = Endpoint(
    operation_id="ListGroupEmployees",
    method="GET",
    path="/groups/{group_id}/employees",
    response_type=GroupEmployeeResponsePagedList,
    body_type=None,
)

ITEM = GroupEmployeeResponse
"""The model of one item of this list operation's pages."""


def build(
    group_id: str,
    /,
    *,
    employee_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[GroupEmployeeResponsePagedList]:
    """Describe one call of ListGroupEmployees; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_id": group_id,
        },
        query=given(
            {
                "employee_id": employee_id,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
