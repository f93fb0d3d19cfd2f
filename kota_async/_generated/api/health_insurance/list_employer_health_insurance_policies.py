"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployerHealthInsurancePolicies: List an employer's health insurance policies The client method that calls it is
`kota.employers.health_insurance.policies.list` (in resources.py).

    GET /employers/{employer_id}/health_insurance/policies
"""

from __future__ import annotations

from ...models.employer_health_insurance_policy_response import (
    EmployerHealthInsurancePolicyResponse,
)
from ...models.employer_health_insurance_policy_response_paged_list import (
    EmployerHealthInsurancePolicyResponsePagedList,
)
from ...types import Endpoint

ENDPOINT: Endpoint[EmployerHealthInsurancePolicyResponsePagedList] = Endpoint(
    operation_id="ListEmployerHealthInsurancePolicies",
    method="GET",
    path="/employers/{employer_id}/health_insurance/policies",
    response_type=EmployerHealthInsurancePolicyResponsePagedList,
    body_type=None,
)

ITEM = EmployerHealthInsurancePolicyResponse
"""The model of one item of this list operation's pages."""
