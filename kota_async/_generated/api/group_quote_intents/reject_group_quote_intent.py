"""GENERATED from openapi/kota.yaml; do not edit by hand.

RejectGroupQuoteIntent: Reject a group quote

    POST /group_quote_intents/{group_quote_intent_id}/reject
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="RejectGroupQuoteIntent",
    method="POST",
    path="/group_quote_intents/{group_quote_intent_id}/reject",
    response_type=None,
    body_type=None,
)


def build(
    group_quote_intent_id: str,
    /,
) -> Request[None]:
    """Describe one call of RejectGroupQuoteIntent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_quote_intent_id": group_quote_intent_id,
        },
        query=given({}),
    )
