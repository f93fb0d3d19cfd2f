"""GENERATED from openapi/kota.yaml; do not edit by hand.

GetGroupQuoteIntentQuote: Retrieve the quote of a group quote intent

    GET /group_quote_intents/{group_quote_intent_id}/quote
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_quote_response import GroupQuoteResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupQuoteResponse] = Endpoint(
    operation_id="GetGroupQuoteIntentQuote",
    method="GET",
    path="/group_quote_intents/{group_quote_intent_id}/quote",
    response_type=GroupQuoteResponse,
    body_type=None,
)


def build(
    group_quote_intent_id: str,
    /,
) -> Request[GroupQuoteResponse]:
    """Describe one call of GetGroupQuoteIntentQuote; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_quote_intent_id": group_quote_intent_id,
        },
        query=given({}),
    )
