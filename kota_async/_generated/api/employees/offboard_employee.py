"""GENERATED from openapi/kota.yaml; do not edit by hand.

OffboardEmployee: Offboard an employee

    POST /employees/{employee_id}/offboard
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ...models.employee_response import EmployeeResponse
from ...models.offboard_employee_request import OffboardEmployeeRequest
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployeeResponse] = Endpoint(
    operation_id="OffboardEmployee",
    method="POST",
    path="/employees/{employee_id}/offboard",
    response_type=EmployeeResponse,
    body_type=OffboardEmployeeRequest,
)


def build(
    employee_id: str,
    /,
    *,
    offboard_on: datetime.datetime,
    offboard_reason: str,
) -> Request[EmployeeResponse]:
    """Describe one call of OffboardEmployee; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employee_id": employee_id,
        },
        query=given({}),
        body=given(
            {
                "offboard_on": offboard_on,
                "offboard_reason": offboard_reason,
            }
        ),
    )
