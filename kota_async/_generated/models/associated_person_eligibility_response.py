"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eligibility_status import EligibilityStatus
    from ..models.relationship_type import RelationshipType
    from ..models.sex_at_birth import SexAtBirth


@define(kw_only=True)
class AssociatedPersonEligibilityResponse:
    """The `AssociatedPersonEligibilityResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    associated_person_id: str
    first_name: str
    last_name: str
    date_of_birth: datetime.date
    sex_at_birth: SexAtBirth
    relationship: RelationshipType
    eligibility_status: EligibilityStatus
    ineligibility_reason: None | str | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
