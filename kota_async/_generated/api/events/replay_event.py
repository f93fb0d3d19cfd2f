"""GENERATED from openapi/kota.yaml; do not edit by hand.

ReplayEvent: Send an event to your webhook endpoints again

    POST /events/{event_id}/replay
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.replay_event_response import ReplayEventResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[ReplayEventResponse] = Endpoint(
    operation_id="ReplayEvent",
    method="POST",
    path="/events/{event_id}/replay",
    response_type=ReplayEventResponse,
    body_type=None,
)


def build(
    event_id: str,
    /,
) -> Request[ReplayEventResponse]:
    """Describe one call of ReplayEvent; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "event_id": event_id,
        },
        query=given({}),
    )
