"""GENERATED from openapi/kota.yaml; do not edit by hand.

RejectGroupQuoteIntent: Reject a group quote The client method that calls it is
`kota.group_quote_intents.reject` (in resources.py).

    POST /group_quote_intents/{group_quote_intent_id}/reject
"""

from __future__ import annotations

from ...types import Endpoint

ENDPOINT: Endpoint[None] = Endpoint(
    operation_id="RejectGroupQuoteIntent",
    method="POST",
    path="/group_quote_intents/{group_quote_intent_id}/reject",
    response_type=None,
    body_type=None,
)
