"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveWebhookEndpoint: Retrieve a webhook endpoint The client method that calls it is
`kota.webhook_endpoints.retrieve` (in resources.py).

    GET /webhooks/endpoints/{webhook_endpoint_id}
"""

from __future__ import annotations

from ...models.webhook_endpoint_response import WebhookEndpointResponse
from ...types import Endpoint

ENDPOINT: Endpoint[WebhookEndpointResponse] = Endpoint(
    operation_id="RetrieveWebhookEndpoint",
    method="GET",
    path="/webhooks/endpoints/{webhook_endpoint_id}",
    response_type=WebhookEndpointResponse,
    body_type=None,
)
