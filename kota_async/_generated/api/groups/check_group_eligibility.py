"""GENERATED from openapi/kota.yaml; do not edit by hand.

CheckGroupEligibility: Check whether an employee is eligible in a group

    POST /groups/{group_id}/eligibility_check
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.check_group_eligibility_request import CheckGroupEligibilityRequest
from ...models.eligibility_check_response import EligibilityCheckResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EligibilityCheckResponse] = Endpoint(
    operation_id="CheckGroupEligibility",
    method="POST",
    path="/groups/{group_id}/eligibility_check",
    response_type=EligibilityCheckResponse,
    body_type=CheckGroupEligibilityRequest,
)


def build(
    group_id: str,
    /,
    *,
    employee_id: str,
) -> Request[EligibilityCheckResponse]:
    """Describe one call of CheckGroupEligibility; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_id": group_id,
        },
        query=given({}),
        body=given(
            {
                "employee_id": employee_id,
            }
        ),
    )
