"""GENERATED from openapi/kota.yaml; do not edit by hand.

CheckGroupEligibility: Check whether an employee is eligible in a group The client method that calls it is
`kota.groups.eligibility_check` (in resources.py).

    POST /groups/{group_id}/eligibility_check
"""

from __future__ import annotations

from ...models.check_group_eligibility_request import CheckGroupEligibilityRequest
from ...models.eligibility_check_response import EligibilityCheckResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EligibilityCheckResponse] = Endpoint(
    operation_id="CheckGroupEligibility",
    method="POST",
    path="/groups/{group_id}/eligibility_check",
    response_type=EligibilityCheckResponse,
    body_type=CheckGroupEligibilityRequest,
)
