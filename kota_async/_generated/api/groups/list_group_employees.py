"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupEmployees: List a group's employees The client method that calls it is
`kota.groups.employees.list` (in resources.py).

    GET /groups/{group_id}/employees
"""

from __future__ import annotations

from ...models.group_employee_response import GroupEmployeeResponse
from ...models.group_employee_response_paged_list import GroupEmployeeResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[GroupEmployeeResponsePagedList] = Endpoint(
    operation_id="ListGroupEmployees",
    method="GET",
    path="/groups/{group_id}/employees",
    response_type=GroupEmployeeResponsePagedList,
    body_type=None,
)

ITEM = GroupEmployeeResponse
"""The model of one item of this list operation's pages."""
