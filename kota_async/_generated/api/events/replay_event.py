"""GENERATED from openapi/kota.yaml; do not edit by hand.

ReplayEvent: Send an event to your webhook endpoints again The client method that calls it is
`kota.events.replay` (in resources.py).

    POST /events/{event_id}/replay
"""

from __future__ import annotations

from ...models.replay_event_response import ReplayEventResponse
from ...types import Endpoint

ENDPOINT: Endpoint[ReplayEventResponse] = Endpoint(
    operation_id="ReplayEvent",
    method="POST",
    path="/events/{event_id}/replay",
    response_type=ReplayEventResponse,
    body_type=None,
)
