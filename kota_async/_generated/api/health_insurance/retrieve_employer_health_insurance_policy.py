"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployerHealthInsurancePolicy: Retrieve an employer's health insurance policy The client method that calls it is
`kota.employers.health_insurance.policies.retrieve` (in resources.py).

    GET /employers/{employer_id}/health_insurance/policies/{employer_policy_id}
"""

from __future__ import annotations

from ...models.employer_health_insurance_policy_response import (
    EmployerHealthInsurancePolicyResponse,
)
from ...types import Endpoint

ENDPOINT: Endpoint[EmployerHealthInsurancePolicyResponse] = Endpoint(
    operation_id="RetrieveEmployerHealthInsurancePolicy",
    method="GET",
    path="/employers/{employer_id}/health_insurance/policies/{employer_policy_id}",
    response_type=EmployerHealthInsurancePolicyResponse,
    body_type=None,
)
