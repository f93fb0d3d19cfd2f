"""GENERATED from openapi/kota.yaml; do not edit by hand.

UpdateEmployee: Update an employee

    PUT /employees/{employee_id}
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.employee_response import EmployeeResponse
from ...models.update_employee_request import UpdateEmployeeRequest
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.address_model_without_country import AddressModelWithoutCountry
    from ...models.country_code import CountryCode
    from ...models.create_employee_bank_account import CreateEmployeeBankAccount
    from ...models.update_employee_request_metadata_type_1 import UpdateEmployeeRequestMetadataType1

    pass

ENDPOINT: Endpoint[EmployeeResponse] = Endpoint(
    operation_id="UpdateEmployee",
    method="PUT",
    path="/employees/{employee_id}",
    response_type=EmployeeResponse,
    body_type=UpdateEmployeeRequest,
)


def build(
    employee_id: str,
    /,
    *,
    first_name: None | str | Unset = UNSET,
    last_name: None | str | Unset = UNSET,
    home_address: AddressModelWithoutCountry | Mapping[str, Any] | None | Unset = UNSET,
    nationality: CountryCode | str | None | Unset = UNSET,
    national_tax_id: None | str | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
    email: None | str | Unset = UNSET,
    start_on: None | datetime.date | Unset = UNSET,
    earliest_benefits_start_date: None | datetime.date | Unset = UNSET,
    bank_account: CreateEmployeeBankAccount | Mapping[str, Any] | None | Unset = UNSET,
    metadata: None | UpdateEmployeeRequestMetadataType1 | Mapping[str, Any] | Unset = UNSET,
) -> Request[EmployeeResponse]:
    """Describe one call of UpdateEmployee; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employee_id": employee_id,
        },
        query=given({}),
        body=given(
            {
                "first_name": first_name,
                "last_name": last_name,
                "home_address": home_address,
                "nationality": nationality,
                "national_tax_id": national_tax_id,
                "phone_number": phone_number,
                "email": email,
                "start_on": start_on,
                "earliest_benefits_start_date": earliest_benefits_start_date,
                "bank_account": bank_account,
                "metadata": metadata,
            }
        ),
    )
