"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListPlans: List plans The client method that calls it is
`kota.plans.list` (in resources.py).

    GET /plans
"""

from __future__ import annotations

from ...models.plan_response import PlanResponse
from ...models.plan_response_paged_list import PlanResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[PlanResponsePagedList] = Endpoint(
    operation_id="ListPlans",
    method="GET",
    path="/plans",
    response_type=PlanResponsePagedList,
    body_type=None,
)

ITEM = PlanResponse
"""The model of one item of this list operation's pages."""
