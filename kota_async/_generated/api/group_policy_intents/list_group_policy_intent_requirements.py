"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupPolicyIntentRequirements: List a group policy intent's requirements

    GET /group_policy_intents/{group_policy_intent_id}/requirements
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_policy_intent_requirement_response import GroupPolicyIntentRequirementResponse
from ...models.group_policy_intent_requirement_response_paged_list import (
    GroupPolicyIntentRequirementResponsePagedList,
)
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.requirement_object_type import RequirementObjectType

    pass

ENDPOINT: Endpoint[GroupPolicyIntentRequirementResponsePagedList] = Endpoint(
    operation_id="ListGroupPolicyIntentRequirements",
    method="GET",
    path="/group_policy_intents/{group_policy_intent_id}/requirements",
    response_type=GroupPolicyIntentRequirementResponsePagedList,
    body_type=None,
)

ITEM = GroupPolicyIntentRequirementResponse
"""The model of one item of this list operation's pages."""


def build(
    group_policy_intent_id: str,
    /,
    *,
    object_type: RequirementObjectType | str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[GroupPolicyIntentRequirementResponsePagedList]:
    """Describe one call of ListGroupPolicyIntentRequirements; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_policy_intent_id": group_policy_intent_id,
        },
        query=given(
            {
                "object_type": object_type,
                "object_id": object_id,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
