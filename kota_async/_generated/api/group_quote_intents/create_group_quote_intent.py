"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateGroupQuoteIntent: Request a quote for a group The client method that calls it is
`kota.group_quote_intents.create` (in resources.py).

    POST /group_quote_intents
"""

from __future__ import annotations

from ...models.create_group_quote_intent_request import CreateGroupQuoteIntentRequest
from ...models.group_quote_intent_response import GroupQuoteIntentResponse
from ...types import Endpoint

ENDPOINT: Endpoint[GroupQuoteIntentResponse] = Endpoint(
    operation_id="CreateGroupQuoteIntent",
    method="POST",
    path="/group_quote_intents",
    response_type=GroupQuoteIntentResponse,
    body_type=CreateGroupQuoteIntentRequest,
)
