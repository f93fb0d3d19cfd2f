"""GENERATED from openapi/kota.yaml; do not edit by hand.

UpdateEmployee: Update an employee The client method that calls it is
`kota.employees.update` (in resources.py).

    PUT /employees/{employee_id}
"""

from __future__ import annotations

from ...models.employee_response import EmployeeResponse
from ...models.update_employee_request import UpdateEmployeeRequest
from ...types import Endpoint

ENDPOINT: Endpoint[EmployeeResponse] = Endpoint(
    operation_id="UpdateEmployee",
    method="PUT",
    path="/employees/{employee_id}",
    response_type=EmployeeResponse,
    body_type=UpdateEmployeeRequest,
)
