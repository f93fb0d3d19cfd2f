"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_model import AddressModel
    from ..models.contact_model import ContactModel
    from ..models.create_employer_request_metadata_type_1 import CreateEmployerRequestMetadataType1


@define(kw_only=True)
class CreateEmployerRequest:
    """What Kota needs to register an employer.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    legal_name: str
    legal_address: AddressModel
    contact: ContactModel
    registration_number: None | str | Unset = UNSET
    earliest_benefits_start_date: datetime.date | None | Unset = UNSET
    metadata: CreateEmployerRequestMetadataType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
