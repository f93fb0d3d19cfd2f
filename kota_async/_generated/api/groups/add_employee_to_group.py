"""GENERATED from openapi/kota.yaml; do not edit by hand.

AddEmployeeToGroup: Add an employee to a group The client method that calls it is
`kota.groups.employees.create` (in resources.py).

    POST /groups/{group_id}/employees
"""

from __future__ import annotations

from ...models.add_employee_to_group_request import AddEmployeeToGroupRequest
from ...models.group_employee_response import GroupEmployeeResponse
from ...types import Endpoint

ENDPOINT: Endpoint[GroupEmployeeResponse] = Endpoint(
    operation_id="AddEmployeeToGroup",
    method="POST",
    path="/groups/{group_id}/employees",
    response_type=GroupEmployeeResponse,
    body_type=AddEmployeeToGroupRequest,
)
