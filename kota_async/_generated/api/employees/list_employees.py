"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployees: List employees The client method that calls it is
`kota.employees.list` (in resources.py).

    GET /employees
"""

from __future__ import annotations

from ...models.employee_response import EmployeeResponse
from ...models.employee_response_paged_list import EmployeeResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[EmployeeResponsePagedList] = Endpoint(
    operation_id="ListEmployees",
    method="GET",
    path="/employees",
    response_type=EmployeeResponsePagedList,
    body_type=None,
)

ITEM = EmployeeResponse
"""The model of one item of this list operation's pages."""
