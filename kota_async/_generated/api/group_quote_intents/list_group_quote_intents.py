"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListGroupQuoteIntents: List group quote intents The client method that calls it is
`kota.group_quote_intents.list` (in resources.py).

    GET /group_quote_intents
"""

from __future__ import annotations

from ...models.group_quote_intent_response import GroupQuoteIntentResponse
from ...models.group_quote_intent_response_paged_list import GroupQuoteIntentResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[GroupQuoteIntentResponsePagedList] = Endpoint(
    operation_id="ListGroupQuoteIntents",
    method="GET",
    path="/group_quote_intents",
    response_type=GroupQuoteIntentResponsePagedList,
    body_type=None,
)

ITEM = GroupQuoteIntentResponse
"""The model of one item of this list operation's pages."""
