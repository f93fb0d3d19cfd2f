"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployerHealthInsurancePolicy: Retrieve an employer's health insurance policy

    GET /employers/{employer_id}/health_insurance/policies/{employer_policy_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employer_health_insurance_policy_response import (
    EmployerHealthInsurancePolicyResponse,
)
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployerHealthInsurancePolicyResponse] = Endpoint(
    operation_id="RetrieveEmployerHealthInsurancePolicy",
    method="GET",
    path="/employers/{employer_id}/health_insurance/policies/{employer_policy_id}",
    response_type=EmployerHealthInsurancePolicyResponse,
    body_type=None,
)


def build(
    employer_id: str,
    employer_policy_id: str,
    /,
) -> Request[EmployerHealthInsurancePolicyResponse]:
    """Describe one call of RetrieveEmployerHealthInsurancePolicy; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employer_id": employer_id,
            "employer_policy_id": employer_policy_id,
        },
        query=given({}),
    )
