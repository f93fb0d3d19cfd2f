"""GENERATED from openapi/kota.yaml; do not edit by hand.

CancelOffboardingEmployee: Cancel an employee's offboarding

    POST /employees/{employee_id}/offboard/cancel
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employee_response import EmployeeResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployeeResponse] = Endpoint(
    operation_id="CancelOffboardingEmployee",
    method="POST",
    path="/employees/{employee_id}/offboard/cancel",
    response_type=EmployeeResponse,
    body_type=None,
)


def build(
    employee_id: str,
    /,
) -> Request[EmployeeResponse]:
    """Describe one call of CancelOffboardingEmployee; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employee_id": employee_id,
        },
        query=given({}),
    )
