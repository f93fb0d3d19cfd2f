"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListProviders: List providers The client method that calls it is
`kota.providers.list` (in resources.py).

    GET /providers
"""

from __future__ import annotations

from ...models.provider_response import ProviderResponse
from ...models.provider_response_paged_list import ProviderResponsePagedList
from ...types import Endpoint

ENDPOINT: Endpoint[ProviderResponsePagedList] = Endpoint(
    operation_id="ListProviders",
    method="GET",
    path="/providers",
    response_type=ProviderResponsePagedList,
    body_type=None,
)

ITEM = ProviderResponse
"""The model of one item of this list operation's pages."""
