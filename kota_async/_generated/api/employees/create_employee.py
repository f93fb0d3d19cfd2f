"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateEmployee: Create an employee

    POST /employees
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.create_employee_request import CreateEmployeeRequest
from ...models.employee_response import EmployeeResponse
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.address_model import AddressModel
    from ...models.country_code import CountryCode
    from ...models.create_employee_bank_account import CreateEmployeeBankAccount
    from ...models.create_employee_request_metadata_type_1 import CreateEmployeeRequestMetadataType1
    from ...models.sex_at_birth import SexAtBirth

    pass

ENDPOINT: Endpoint[EmployeeResponse] = Endpoint(
    operation_id="CreateEmployee",
    method="POST",
    path="/employees",
    response_type=EmployeeResponse,
    body_type=CreateEmployeeRequest,
)


def build(
    *,
    employer_id: str,
    first_name: str,
    last_name: str,
    date_of_birth: datetime.date,
    sex_at_birth: SexAtBirth | str,
    home_address: AddressModel | Mapping[str, Any],
    national_tax_id: str,
    start_on: datetime.date,
    phone_number: str,
    email: str,
    external_customer_id: None | str | Unset = UNSET,
    nationality: CountryCode | str | None | Unset = UNSET,
    earliest_benefits_start_date: None | datetime.date | Unset = UNSET,
    bank_account: CreateEmployeeBankAccount | Mapping[str, Any] | None | Unset = UNSET,
    metadata: None | CreateEmployeeRequestMetadataType1 | Mapping[str, Any] | Unset = UNSET,
) -> Request[EmployeeResponse]:
    """Describe one call of CreateEmployee; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given({}),
        body=given(
            {
                "employer_id": employer_id,
                "first_name": first_name,
                "last_name": last_name,
                "date_of_birth": date_of_birth,
                "sex_at_birth": sex_at_birth,
                "home_address": home_address,
                "national_tax_id": national_tax_id,
                "start_on": start_on,
                "phone_number": phone_number,
                "email": email,
                "external_customer_id": external_customer_id,
                "nationality": nationality,
                "earliest_benefits_start_date": earliest_benefits_start_date,
                "bank_account": bank_account,
                "metadata": metadata,
            }
        ),
    )
