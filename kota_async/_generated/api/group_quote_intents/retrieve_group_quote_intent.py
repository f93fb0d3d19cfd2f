"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveGroupQuoteIntent: Retrieve a group quote intent The client method that calls it is
`kota.group_quote_intents.retrieve` (in resources.py).

    GET /group_quote_intents/{group_quote_intent_id}
"""

from __future__ import annotations

from ...models.group_quote_intent_response import GroupQuoteIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[GroupQuoteIntentResponse] = Endpoint(
    operation_id="RetrieveGroupQuoteIntent",
    method="GET",
    path="/group_quote_intents/{group_quote_intent_id}",
    response_type=GroupQuoteIntentResponse,
    body_type=None,
)
