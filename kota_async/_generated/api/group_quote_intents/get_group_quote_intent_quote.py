"""GENERATED from openapi/kota.yaml; do not edit by hand.

GetGroupQuoteIntentQuote: Retrieve the quote of a group quote intent The client method that calls it is
`kota.group_quote_intents.quote` (in resources.py).

    GET /group_quote_intents/{group_quote_intent_id}/quote
"""

from __future__ import annotations

from ...models.group_quote_response import GroupQuoteResponse
from ...types import Endpoint

ENDPOINT: Endpoint[GroupQuoteResponse] = Endpoint(
    operation_id="GetGroupQuoteIntentQuote",
    method="GET",
    path="/group_quote_intents/{group_quote_intent_id}/quote",
    response_type=GroupQuoteResponse,
    body_type=None,
)
