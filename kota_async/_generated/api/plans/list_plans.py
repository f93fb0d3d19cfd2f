"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListPlans: List plans

    GET /plans
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ...models.plan_response import PlanResponse
from ...models.plan_response_paged_list import PlanResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.country_code import CountryCode
    from ...models.plan_sort_by import PlanSortBy
    from ...models.sort_direction import SortDirection

    pass

ENDPOINT: Endpoint[PlanResponsePagedList] = Endpoint(
    operation_id="ListPlans",
    method="GET",
    path="/plans",
    response_type=PlanResponsePagedList,
    body_type=None,
)

ITEM = PlanResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    type: str | Unset = UNSET,
    provider_id: str | Unset = UNSET,
    country: CountryCode | str | Unset = UNSET,
    available_on: datetime.date | Unset = UNSET,
    group_id: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    sort_by: PlanSortBy | str | Unset = UNSET,
    sort_dir: SortDirection | str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[PlanResponsePagedList]:
    """Describe one call of ListPlans; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "type": type,
                "provider_id": provider_id,
                "country": country,
                "available_on": available_on,
                "group_id": group_id,
                "start_date": start_date,
                "sort_by": sort_by,
                "sort_dir": sort_dir,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
