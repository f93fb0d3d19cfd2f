"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupPolicyIntents: List group policy intents

    GET /group_policy_intents
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_policy_intent_response import GroupPolicyIntentResponse
from ...models.group_policy_intent_response_paged_list import GroupPolicyIntentResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupPolicyIntentResponsePagedList] = Endpoint(
    operation_id="ListGroupPolicyIntents",
    method="GET",
    path="/group_policy_intents",
    response_type=GroupPolicyIntentResponsePagedList,
    body_type=None,
)

ITEM = GroupPolicyIntentResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    group_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[GroupPolicyIntentResponsePagedList]:
    """Describe one call of ListGroupPolicyIntents; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "group_id": group_id,
                "plan_id": plan_id,
                "status": status,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
