"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListPolicies: List policies

    GET /policies
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.policy_response import PolicyResponse
from ...models.policy_response_paged_list import PolicyResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[PolicyResponsePagedList] = Endpoint(
    operation_id="ListPolicies",
    method="GET",
    path="/policies",
    response_type=PolicyResponsePagedList,
    body_type=None,
)

ITEM = PolicyResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    employee_id: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    group_policy_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[PolicyResponsePagedList]:
    """Describe one call of ListPolicies; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "employee_id": employee_id,
                "group_id": group_id,
                "group_policy_id": group_policy_id,
                "status": status,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
