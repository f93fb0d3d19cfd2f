"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployeeHealthInsurancePolicy: Retrieve an employee's health insurance policy

    GET /employees/{employee_id}/health_insurance/policies/{employee_policy_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employee_health_insurance_policy_response import (
    EmployeeHealthInsurancePolicyResponse,
)
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployeeHealthInsurancePolicyResponse] = Endpoint(
    operation_id="RetrieveEmployeeHealthInsurancePolicy",
    method="GET",
    path="/employees/{employee_id}/health_insurance/policies/{employee_policy_id}",
    response_type=EmployeeHealthInsurancePolicyResponse,
    body_type=None,
)


def build(
    employee_id: str,
    employee_policy_id: str,
    /,
) -> Request[EmployeeHealthInsurancePolicyResponse]:
    """Describe one call of RetrieveEmployeeHealthInsurancePolicy; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employee_id": employee_id,
            "employee_policy_id": employee_policy_id,
        },
        query=given({}),
    )
