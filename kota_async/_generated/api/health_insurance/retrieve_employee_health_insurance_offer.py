"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployeeHealthInsuranceOffer: Retrieve an employee's health insurance offer The client method that calls it is
`kota.employees.health_insurance.offers.retrieve` (in resources.py).

    GET /employees/{employee_id}/health_insurance/offers/{employee_offer_id}
"""

from __future__ import annotations

from ...models.employee_health_insurance_offer_response import EmployeeHealthInsuranceOfferResponse
from ...types import Endpoint

ENDPOINT: Endpoint[EmployeeHealthInsuranceOfferResponse] = Endpoint(
    operation_id="RetrieveEmployeeHealthInsuranceOffer",
    method="GET",
    path="/employees/{employee_id}/health_insurance/offers/{employee_offer_id}",
    response_type=EmployeeHealthInsuranceOfferResponse,
    body_type=None,
)
