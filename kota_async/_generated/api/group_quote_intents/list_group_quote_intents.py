"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupQuoteIntents: List group quote intents

    GET /group_quote_intents
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_quote_intent_response import GroupQuoteIntentResponse
from ...models.group_quote_intent_response_paged_list import GroupQuoteIntentResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupQuoteIntentResponsePagedList] = Endpoint(
    operation_id="ListGroupQuoteIntents",
    method="GET",
    path="/group_quote_intents",
    response_type=GroupQuoteIntentResponsePagedList,
    body_type=None,
)

ITEM = GroupQuoteIntentResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    group_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[GroupQuoteIntentResponsePagedList]:
    """Describe one call of ListGroupQuoteIntents; the client validates, sends and decodes it."""
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
