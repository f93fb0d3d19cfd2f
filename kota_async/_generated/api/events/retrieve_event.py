"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEvent: Retrieve an event

    GET /events/{event_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.event_response import EventResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EventResponse] = Endpoint(
    operation_id="RetrieveEvent",
    method="GET",
    path="/events/{event_id}",
    response_type=EventResponse,
    body_type=None,
)


def build(
    event_id: str,
    /,
) -> Request[EventResponse]:
    """Describe one call of RetrieveEvent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "event_id": event_id,
        },
        query=given({}),
    )
