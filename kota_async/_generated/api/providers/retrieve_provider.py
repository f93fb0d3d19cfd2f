"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveProvider: Retrieve a provider

    GET /providers/{provider_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.provider_response import ProviderResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[ProviderResponse] = Endpoint(
    operation_id="RetrieveProvider",
    method="GET",
    path="/providers/{provider_id}",
    response_type=ProviderResponse,
    body_type=None,
)


def build(
    provider_id: str,
    /,
) -> Request[ProviderResponse]:
    """Describe one call of RetrieveProvider; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "provider_id": provider_id,
        },
        query=given({}),
    )
