"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployerHealthInsurancePolicies: List an employer's health insurance policies

    GET /employers/{employer_id}/health_insurance/policies
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employer_health_insurance_policy_response import (
    EmployerHealthInsurancePolicyResponse,
)
from ...models.employer_health_insurance_policy_response_paged_list import (
    EmployerHealthInsurancePolicyResponsePagedList,
)
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployerHealthInsurancePolicyResponsePagedList] = Endpoint(
    operation_id="ListEmployerHealthInsurancePolicies",
    method="GET",
    path="/employers/{employer_id}/health_insurance/policies",
    response_type=EmployerHealthInsurancePolicyResponsePagedList,
    body_type=None,
)

ITEM = EmployerHealthInsurancePolicyResponse
"""The model of one item of this list operation's pages."""


def build(
    employer_id: str,
    /,
    *,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[EmployerHealthInsurancePolicyResponsePagedList]:
    """Describe one call of ListEmployerHealthInsurancePolicies; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employer_id": employer_id,
        },
        query=given(
            {
                "status": status,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
