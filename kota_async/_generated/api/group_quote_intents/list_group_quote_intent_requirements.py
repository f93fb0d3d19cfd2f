"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupQuoteIntentRequirements: List a group quote intent's requirements

    GET /group_quote_intents/{group_quote_intent_id}/requirements
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_quote_intent_requirement_response import GroupQuoteIntentRequirementResponse
from ...models.group_quote_intent_requirement_response_paged_list import (
    GroupQuoteIntentRequirementResponsePagedList,
)
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.requirement_object_type import RequirementObjectType

    pass

ENDPOINT: Endpoint[GroupQuoteIntentRequirementResponsePagedList] = Endpoint(
    operation_id="ListGroupQuoteIntentRequirements",
    method="GET",
    path="/group_quote_intents/{group_quote_intent_id}/requirements",
    response_type=GroupQuoteIntentRequirementResponsePagedList,
    body_type=None,
)

ITEM = GroupQuoteIntentRequirementResponse
"""The model of one item of this list operation's pages."""


def build(
    group_quote_intent_id: str,
    /,
    *,
    object_type: RequirementObjectType | str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[GroupQuoteIntentRequirementResponsePagedList]:
    """Describe one call of ListGroupQuoteIntentRequirements; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_quote_intent_id": group_quote_intent_id,
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
