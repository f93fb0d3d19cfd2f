"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveGroupQuoteIntent: Retrieve a group quote intent

    GET /group_quote_intents/{group_quote_intent_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.group_quote_intent_response import GroupQuoteIntentResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[GroupQuoteIntentResponse] = Endpoint(
    operation_id="RetrieveGroupQuoteIntent",
    method="GET",
    path="/group_quote_intents/{group_quote_intent_id}",
    response_type=GroupQuoteIntentResponse,
    body_type=None,
)


def build(
    group_quote_intent_id: str,
    /,
) -> Request[GroupQuoteIntentResponse]:
    """Describe one call of RetrieveGroupQuoteIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_quote_intent_id": group_quote_intent_id,
        },
        query=given({}),
    )
