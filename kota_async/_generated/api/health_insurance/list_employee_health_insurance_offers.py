"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployeeHealthInsuranceOffers: List an employee's health insurance offers The client method that calls it is
`kota.employees.health_insurance.offers.list` (in resources.py).

    GET /employees/{employee_id}/health_insurance/offers
"""

from __future__ import annotations

from ...models.employee_health_insurance_offer_response import EmployeeHealthInsuranceOfferResponse
from ...models.employee_health_insurance_offer_response_paged_list import (
    EmployeeHealthInsuranceOfferResponsePagedList,
)
from ...types import Endpoint

ENDPOINT: Endpoint[EmployeeHealthInsuranceOfferResponsePagedList] = Endpoint(
    operation_id="ListEmployeeHealthInsuranceOffers",
    method="GET",
    path="/employees/{employee_id}/health_insurance/offers",
    response_type=EmployeeHealthInsuranceOfferResponsePagedList,
    body_type=None,
)

ITEM = EmployeeHealthInsuranceOfferResponse
"""The model of one item of this list operation's pages."""
