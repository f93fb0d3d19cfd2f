"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListProviders: List providers

    GET /providers
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.provider_response import ProviderResponse
from ...models.provider_response_paged_list import ProviderResponsePagedList
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.country_code import CountryCode

    pass

ENDPOINT: Endpoint[ProviderResponsePagedList] = Endpoint(
    operation_id="ListProviders",
    method="GET",
    path="/providers",
    response_type=ProviderResponsePagedList,
    body_type=None,
)

ITEM = ProviderResponse
"""The model of one item of this list operation's pages."""


def build(
    *,
    country: CountryCode | str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[ProviderResponsePagedList]:
    """Describe one call of ListProviders; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given(
            {
                "country": country,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
