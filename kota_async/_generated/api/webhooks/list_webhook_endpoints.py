"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListWebhookEndpoints: List webhook endpoints

    GET /webhooks/endpoints
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.webhook_endpoint_response import WebhookEndpointResponse
from ...models.webhook_endpoint_response_paged_list import WebhookEndpointResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[WebhookEndpointResponsePagedList] = Endpoint(
    operation_id="ListWebhookEndpoints",
    method="GET",
    path="/webhooks/endpoints",
    response_type=WebhookEndpointResponsePagedList,
    body_type=None,
)

ITEM = WebhookEndpointResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[WebhookEndpointResponsePagedList]:
    """Describe one call of ListWebhookEndpoints; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "page": page,
                "page_size": page_size,
            }
        ),
    )
