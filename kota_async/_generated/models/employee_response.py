"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_model import AddressModel
    from ..models.country_code import CountryCode
    from ..models.employee_bank_account import EmployeeBankAccount
    from ..models.employee_response_metadata_type_1 import EmployeeResponseMetadataType1
    from ..models.employee_status import EmployeeStatus
    from ..models.sex_at_birth import SexAtBirth


@define(kw_only=True)
class EmployeeResponse:
    """A person who receives benefits through their employer.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    first_name: str
    last_name: str
    date_of_birth: datetime.date
    sex_at_birth: SexAtBirth
    national_tax_id: str
    phone_number: str
    email: str
    platform_id: str | Unset = UNSET
    id: str | Unset = UNSET
    employer_id: str | Unset = UNSET
    status: EmployeeStatus | Unset = UNSET
    external_customer_id: None | str | Unset = UNSET
    home_address: AddressModel | None | Unset = UNSET
    nationality: CountryCode | None | Unset = UNSET
    start_on: datetime.date | Unset = UNSET
    earliest_benefits_start_date: datetime.date | None | Unset = UNSET
    offboard_on: datetime.datetime | None | Unset = UNSET
    bank_account: EmployeeBankAccount | None | Unset = UNSET
    metadata: EmployeeResponseMetadataType1 | None | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
