"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployerHealthInsuranceQuotes: List an employer's health insurance quotes

    GET /employers/{employer_id}/health_insurance/quotes
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employer_health_insurance_quote_response import EmployerHealthInsuranceQuoteResponse
from ...models.employer_health_insurance_quote_response_paged_list import (
    EmployerHealthInsuranceQuoteResponsePagedList,
)
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployerHealthInsuranceQuoteResponsePagedList] = Endpoint(
    operation_id="ListEmployerHealthInsuranceQuotes",
    method="GET",
    path="/employers/{employer_id}/health_insurance/quotes",
    response_type=EmployerHealthInsuranceQuoteResponsePagedList,
    body_type=None,
)

ITEM = EmployerHealthInsuranceQuoteResponse
"""The model of one item of this list operation's pages."""


def build(
    employer_id: str,
    /,
    *,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[EmployerHealthInsuranceQuoteResponsePagedList]:
    """Describe one call of ListEmployerHealthInsuranceQuotes; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employer_id": employer_id,
        },
        query=given(
            {
                "status": status,
                "page": page,
                "page_size": page_size,
            }
        ),
    )
