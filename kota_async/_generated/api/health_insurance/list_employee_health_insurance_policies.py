"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployeeHealthInsurancePolicies: List an employee's health insurance policies

    GET /employees/{employee_id}/health_insurance/policies
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employee_health_insurance_policy_response import (
    EmployeeHealthInsurancePolicyResponse,
)
from ...models.employee_health_insurance_policy_response_paged_list import (
    EmployeeHealthInsurancePolicyResponsePagedList,
)
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployeeHealthInsurancePolicyResponsePagedList] = Endpoint(
    operation_id="ListEmployeeHealthInsurancePolicies",
    method="GET",
    path="/employees/{employee_id}/health_insurance/policies",
    response_type=EmployeeHealthInsurancePolicyResponsePagedList,
    body_type=None,
)

ITEM = EmployeeHealthInsurancePolicyResponse
"""The model of one item of this list operation's pages."""


def build(
    employee_id: str,
    /,
    *,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[EmployeeHealthInsurancePolicyResponsePagedList]:
    """Describe one call of ListEmployeeHealthInsurancePolicies; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employee_id": employee_id,
        },
        query=given(
            {
                "status": status,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
