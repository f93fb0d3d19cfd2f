"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployerHealthInsuranceQuotes: List an employer's health insurance quotes The client method that calls it is
`kota.employers.health_insurance.quotes.list` (in resources.py).

    GET /employers/{employer_id}/health_insurance/quotes
"""

from __future__ import annotations

from ...models.employer_health_insurance_quote_response import EmployerHealthInsuranceQuoteResponse
from ...models.employer_health_insurance_quote_response_paged_list import (
    EmployerHealthInsuranceQuoteResponsePagedList,
)
from ...types import Endpoint

ENDPOINT: Endpoint[EmployerHealthInsuranceQuoteResponsePagedList] = Endpoint(
    operation_id="ListEmployerHealthInsuranceQuotes",
    method="GET",
    path="/employers/{employer_id}/health_insurance/quotes",
    response_type=EmployerHealthInsuranceQuoteResponsePagedList,
    body_type=None,
)

ITEM = EmployerHealthInsuranceQuoteResponse
"""The model of one item of this list operation's pages."""
