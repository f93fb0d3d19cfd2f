"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_model_without_country import AddressModelWithoutCountry
    from ..models.country_code import CountryCode
    from ..models.create_employee_bank_account import CreateEmployeeBankAccount
    from ..models.update_employee_request_metadata_type_1 import UpdateEmployeeRequestMetadataType1


@define(kw_only=True)
class UpdateEmployeeRequest:
    """The employee fields to change; leave out the ones that stay.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    home_address: AddressModelWithoutCountry | None | Unset = UNSET
    nationality: CountryCode | None | Unset = UNSET
    national_tax_id: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    earliest_benefits_start_date: datetime.date | None | Unset = UNSET
    bank_account: CreateEmployeeBankAccount | None | Unset = UNSET
    metadata: None | Unset | UpdateEmployeeRequestMetadataType1 = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
