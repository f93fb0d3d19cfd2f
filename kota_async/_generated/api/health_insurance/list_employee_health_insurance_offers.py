"""GENERATED from openapi/kota.yaml; do not edit by hand.

ListEmployeeHealthInsuranceOffers: List an employee's health insurance offers

    GET /employees/{employee_id}/health_insurance/offers
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.employee_health_insurance_offer_response import EmployeeHealthInsuranceOfferResponse
from ...models.employee_health_insurance_offer_response_paged_list import (
    EmployeeHealthInsuranceOfferResponsePagedList,
)
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    pass

ENDPOINT: Endpoint[EmployeeHealthInsuranceOfferResponsePagedList] = Endpoint(
    operation_id="ListEmployeeHealthInsuranceOffers",
    method="GET",
    path="/employees/{employee_id}/health_insurance/offers",
    response_type=EmployeeHealthInsuranceOfferResponsePagedList,
    body_type=None,
)

ITEM = EmployeeHealthInsuranceOfferResponse
"""The model of one item of this list operation's pages."""


def build(
    employee_id: str,
    /,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[EmployeeHealthInsuranceOfferResponsePagedList]:
    """Describe one call of ListEmployeeHealthInsuranceOffers; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employee_id": employee_id,
        },
        query=given(
            {
                "page": page,
                "page_size": page_size,
            }
        ),
    )
