"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEvents: List events

    GET /events
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ...models.event_response import EventResponse
from ...models.event_response_paged_list import EventResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.order_direction import OrderDirection
    from ...models.webhook_version import WebhookVersion

    pass

ENDPOINT: Endpoint[EventResponsePagedList] = Endpoint(
    operation_id="ListEvents",
    method="GET",
    path="/events",
    response_type=EventResponsePagedList,
    body_type=None,
)

ITEM = EventResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    created_after: datetime.datetime | Unset = UNSET,
    order_direction: OrderDirection | str | Unset = UNSET,
    version: WebhookVersion | str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[EventResponsePagedList]:
    """Describe one call of ListEvents; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "created_after": created_after,
                "order_direction": order_direction,
                "version": version,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
