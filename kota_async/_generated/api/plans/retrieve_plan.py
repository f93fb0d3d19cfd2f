"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrievePlan: Retrieve a plan

    GET /plans/{plan_id}
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ...models.plan_response import PlanResponse
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[PlanResponse] = Endpoint(
    operation_id="RetrievePlan",
    method="GET",
    path="/plans/{plan_id}",
    response_type=PlanResponse,
    body_type=None,
)


def build(
    plan_id: str,
    /,
    *,
    group_id: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Request[PlanResponse]:
    """Describe one call of RetrievePlan; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "plan_id": plan_id,
        },
        query=given(
            {
                "group_id": group_id,
                "start_date": start_date,
            }
        ),
    )
