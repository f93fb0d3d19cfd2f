"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_model_without_country import AddressModelWithoutCountry
    from ..models.contact_model import ContactModel
    from ..models.update_employer_request_metadata_type_1 import UpdateEmployerRequestMetadataType1


@define(kw_only=True)
class UpdateEmployerRequest:
    """The employer fields to change; leave out the ones that stay.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    legal_name: None | str | Unset = UNSET
    registration_number: None | str | Unset = UNSET
    legal_address: AddressModelWithoutCountry | None | Unset = UNSET
    contact: ContactModel | None | Unset = UNSET
    earliest_benefits_start_date: datetime.date | None | Unset = UNSET
    metadata: None | Unset | UpdateEmployerRequestMetadataType1 = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
