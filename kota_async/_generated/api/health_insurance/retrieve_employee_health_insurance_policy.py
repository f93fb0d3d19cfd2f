"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployeeHealthInsurancePolicy: Retrieve an employee's health insurance policy The client method that calls it is
`kota.employees.health_insurance.policies.retrieve` (in resources.py).

    GET /employees/{employee_id}/health_insurance/policies/{employee_policy_id}
"""

from __future__ import annotations

from ...models.employee_health_insurance_policy_response import (
    EmployeeHealthInsurancePolicyResponse,
)
from ...types import Endpoint

ENDPOINT: Endpoint[EmployeeHealthInsurancePolicyResponse] = Endpoint(
    operation_id="RetrieveEmployeeHealthInsurancePolicy",
    method="GET",
    path="/employees/{employee_id}/health_insurance/policies/{employee_policy_id}",
    response_type=EmployeeHealthInsurancePolicyResponse,
    body_type=None,
)
