"""GENERATED from openapi/kota.yaml; do not edit by hand.

OffboardEmployee: Offboard an employee The client method that calls it is
`kota.employees.offboard` (in resources.py).

    POST /employees/{employee_id}/offboard
"""

from __future__ import annotations

from ...models.employee_response import EmployeeResponse
from ...models.offboard_employee_request import OffboardEmployeeRequest
from ...types import Endpoint

ENDPOINT: Endpoint[EmployeeResponse] = Endpoint(
    operation_id="OffboardEmployee",
    method="POST",
    path="/employees/{employee_id}/offboard",
    response_type=EmployeeResponse,
    body_type=OffboardEmployeeRequest,
)
