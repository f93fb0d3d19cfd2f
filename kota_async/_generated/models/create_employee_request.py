"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_model import AddressModel
    from ..models.country_code import CountryCode
    from ..models.create_employee_bank_account import CreateEmployeeBankAccount
    from ..models.create_employee_request_metadata_type_1 import CreateEmployeeRequestMetadataType1
    from ..models.sex_at_birth import SexAtBirth


@define(kw_only=True)
class CreateEmployeeRequest:
    """What Kota needs to add an employee to an employer.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    employer_id: str
    first_name: str
    last_name: str
    date_of_birth: datetime.date
    sex_at_birth: SexAtBirth
    home_address: AddressModel
    national_tax_id: str
    start_on: datetime.date
    phone_number: str
    email: str
    external_customer_id: None | str | Unset = UNSET
    nationality: CountryCode | None | Unset = UNSET
    earliest_benefits_start_date: datetime.date | None | Unset = UNSET
    bank_account: CreateEmployeeBankAccount | None | Unset = UNSET
    metadata: CreateEmployeeRequestMetadataType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
