"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupPolicies: List group policies

    GET /group_policies
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_policy_response import GroupPolicyResponse
from ...models.group_policy_response_paged_list import GroupPolicyResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupPolicyResponsePagedList] = Endpoint(
    operation_id="ListGroupPolicies",
    method="GET",
    path="/group_policies",
    response_type=GroupPolicyResponsePagedList,
    body_type=None,
)

ITEM = GroupPolicyResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    employer_id: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[GroupPolicyResponsePagedList]:
    """Describe one call of ListGroupPolicies; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "employer_id": employer_id,
                "group_id": group_id,
                "status": status,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
