"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEvent: Retrieve an event The client method that calls it is
`kota.events.retrieve` (in resources.py).

    GET /events/{event_id}
"""

from __future__ import annotations

from ...models.event_response import EventResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EventResponse] = Endpoint(
    operation_id="RetrieveEvent",
    method="GET",
    path="/events/{event_id}",
    response_type=EventResponse,
    body_type=None,
)
