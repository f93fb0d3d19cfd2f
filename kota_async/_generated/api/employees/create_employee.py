"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateEmployee: Create an employee The client method that calls it is
`kota.employees.create` (in resources.py).

    POST /employees
"""

from __future__ import annotations

from ...models.create_employee_request import CreateEmployeeRequest
from ...models.employee_response import EmployeeResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EmployeeResponse] = Endpoint(
    operation_id="CreateEmployee",
    method="POST",
    path="/employees",
    response_type=EmployeeResponse,
    body_type=CreateEmployeeRequest,
)
