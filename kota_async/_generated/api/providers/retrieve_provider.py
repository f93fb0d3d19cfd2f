"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveProvider: Retrieve a provider The client method that calls it is
`kota.providers.retrieve` (in resources.py).

    GET /providers/{provider_id}
"""

from __future__ import annotations

from ...models.provider_response import ProviderResponse
from ...types import Endpoint

ENDPOINT: Endpoint[ProviderResponse] = Endpoint(
    operation_id="RetrieveProvider",
    method="GET",
    path="/providers/{provider_id}",
    response_type=ProviderResponse,
    body_type=None,
)
