"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployerHealthInsuranceQuote: Retrieve an employer's health insurance quote

    GET /employers/{employer_id}/health_insurance/quotes/{employer_quote_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employer_health_insurance_quote_response import EmployerHealthInsuranceQuoteResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployerHealthInsuranceQuoteResponse] = Endpoint(
    operation_id="RetrieveEmployerHealthInsuranceQuote",
    method="GET",
    path="/employers/{employer_id}/health_insurance/quotes/{employer_quote_id}",
    response_type=EmployerHealthInsuranceQuoteResponse,
    body_type=None,
)


def build(
    employer_id: str,
    employer_quote_id: str,
    /,
) -> Request[EmployerHealthInsuranceQuoteResponse]:
    """Describe one call of RetrieveEmployerHealthInsuranceQuote; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employer_id": employer_id,
            "employer_quote_id": employer_quote_id,
        },
        query=given({}),
    )
