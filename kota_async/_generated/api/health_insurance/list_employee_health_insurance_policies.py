"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployeeHealthInsurancePolicies: List an employee's health insurance policies The client method that calls it is
`kota.employees.health_insurance.policies.list` (in resources.py).

    GET /employees/{employee_id}/health_insurance/policies
"""

from __future__ import annotations

from ...models.employee_health_insurance_policy_response import (
    EmployeeHealthInsurancePolicyResponse,
)
from ...models.employee_health_insurance_policy_response_paged_list import (
    EmployeeHealthInsurancePolicyResponsePagedList,
)
from ...types import Endpoint

ENDPOINT: Endpoint[EmployeeHealthInsurancePolicyResponsePagedList] = Endpoint(
    operation_id="ListEmployeeHealthInsurancePolicies",
    method="GET",
    path="/employees/{employee_id}/health_insurance/policies",
    response_type=EmployeeHealthInsurancePolicyResponsePagedList,
    body_type=None,
)

ITEM = EmployeeHealthInsurancePolicyResponse
"""The model of one item of this list operation's pages."""
