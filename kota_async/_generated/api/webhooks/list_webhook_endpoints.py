"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListWebhookEndpoints: List webhook endpoints The client method that calls it is
`kota.webhook_endpoints.list` (in resources.py).

    GET /webhooks/endpoints
"""

from __future__ import annotations

from ...models.webhook_endpoint_response import WebhookEndpointResponse
from ...models.webhook_endpoint_response_paged_list import WebhookEndpointResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[WebhookEndpointResponsePagedList] = Endpoint(
    operation_id="ListWebhookEndpoints",
    method="GET",
    path="/webhooks/endpoints",
    response_type=WebhookEndpointResponsePagedList,
    body_type=None,
)

ITEM = WebhookEndpointResponse
"""The model of one item of this list operation's pages."""
