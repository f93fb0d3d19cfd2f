"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEvents: List events The client method that calls it is
`kota.events.list` (in resources.py).

    GET /events
"""

from __future__ import annotations

from ...models.event_response import EventResponse
from ...models.event_response_paged_list import EventResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[EventResponsePagedList] = Endpoint(
    operation_id="ListEvents",
    method="GET",
    path="/events",
    response_type=EventResponsePagedList,
    body_type=None,
)

ITEM = EventResponse
"""The model of one item of this list operation's pages."""
