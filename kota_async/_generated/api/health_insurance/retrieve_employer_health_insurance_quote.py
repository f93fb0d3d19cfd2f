"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployerHealthInsuranceQuote: Retrieve an employer's health insurance quote The client method that calls it is
`kota.employers.health_insurance.quotes.retrieve` (in resources.py).

    GET /employers/{employer_id}/health_insurance/quotes/{employer_quote_id}
"""

from __future__ import annotations

from ...models.employer_health_insurance_quote_response import EmployerHealthInsuranceQuoteResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EmployerHealthInsuranceQuoteResponse] = Endpoint(
    operation_id="RetrieveEmployerHealthInsuranceQuote",
    method="GET",
    path="/employers/{employer_id}/health_insurance/quotes/{employer_quote_id}",
    response_type=EmployerHealthInsuranceQuoteResponse,
    body_type=None,
)
