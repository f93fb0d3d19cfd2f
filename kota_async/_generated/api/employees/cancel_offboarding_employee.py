"""GENERATED from openapi/kota.yaml; do not edit by hand.

CancelOffboardingEmployee: Cancel an employee's offboarding The client method that calls it is
`kota.employees.cancel_offboarding` (in resources.py).

    POST /employees/{employee_id}/offboard/cancel
"""

from __future__ import annotations

from ...models.employee_response import EmployeeResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EmployeeResponse] = Endpoint(
    operation_id="CancelOffboardingEmployee",
    method="POST",
    path="/employees/{employee_id}/offboard/cancel",
    response_type=EmployeeResponse,
    body_type=None,
)
