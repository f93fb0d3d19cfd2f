"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployee: Retrieve an employee The client method that calls it is
`kota.employees.retrieve` (in resources.py).

    GET /employees/{employee_id}
"""

from __future__ import annotations

from ...models.employee_response import EmployeeResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EmployeeResponse] = Endpoint(
    operation_id="RetrieveEmployee",
    method="GET",
    path="/employees/{employee_id}",
    response_type=EmployeeResponse,
    body_type=None,
)
