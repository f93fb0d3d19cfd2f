"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrievePlan: Retrieve a plan The client method that calls it is
`kota.plans.retrieve` (in resources.py).

    GET /plans/{plan_id}
"""

from __future__ import annotations

from ...models.plan_response import PlanResponse
from ...types import Endpoint

ENDPOINT: Endpoint[PlanResponse] = Endpoint(
    operation_id="RetrievePlan",
    method="GET",
    path="/plans/{plan_id}",
    response_type=PlanResponse,
    body_type=None,
)
