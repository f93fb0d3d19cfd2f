"""GENERATED from openapi/kota.yaml; do not edit by hand.

RetrieveEmployeeHealthInsuranceOffer: Retrieve an employee's health insurance offer

    GET /employees/{employee_id}/health_insurance/offers/{employee_offer_id}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employee_health_insurance_offer_response import EmployeeHealthInsuranceOfferResponse
from ...types import Endpoint, Request, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployeeHealthInsuranceOfferResponse] = Endpoint(
    operation_id="RetrieveEmployeeHealthInsuranceOffer",
    method="GET",
    path="/employees/{employee_id}/health_insurance/offers/{employee_offer_id}",
    response_type=EmployeeHealthInsuranceOfferResponse,
    body_type=None,
)


def build(
    employee_id: str,
    employee_offer_id: str,
    /,
) -> Request[EmployeeHealthInsuranceOfferResponse]:
    """Describe one call of RetrieveEmployeeHealthInsuranceOffer; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employee_id": employee_id,
            "employee_offer_id": employee_offer_id,
        },
        query=given({}),
    )
