"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_model import AddressModel
    from ..models.contact_model import ContactModel
    from ..models.employer_response_metadata_type_1 import EmployerResponseMetadataType1
    from ..models.employer_status import EmployerStatus


@define(kw_only=True)
class EmployerResponse:
    """A company that offers benefits to its employees through your platform.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    legal_name: str
    legal_address: AddressModel
    contact: ContactModel
    platform_id: str | Unset = UNSET
    status: EmployerStatus | Unset = UNSET
    registration_number: None | str | Unset = UNSET
    offboard_on: datetime.datetime | None | Unset = UNSET
    earliest_benefits_start_date: datetime.date | None | Unset = UNSET
    metadata: EmployerResponseMetadataType1 | None | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
