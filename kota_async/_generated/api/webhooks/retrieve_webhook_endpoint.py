"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveWebhookEndpoint: Retrieve a webhook endpoint

    GET /webhooks/endpoints/{webhook_endpoint_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.webhook_endpoint_response import WebhookEndpointResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[WebhookEndpointResponse] = Endpoint(
    operation_id="RetrieveWebhookEndpoint",
    method="GET",
    path="/webhooks/endpoints/{webhook_endpoint_id}",
    response_type=WebhookEndpointResponse,
    body_type=None,
)


def build(
    webhook_endpoint_id: str,
    /,
) -> Request[WebhookEndpointResponse]:
    """Describe one call of RetrieveWebhookEndpoint; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "webhook_endpoint_id": webhook_endpoint_id,
        },
        query=given({}),
    )
