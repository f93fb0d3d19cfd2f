"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship_type import RelationshipType
    from ..models.sex_at_birth import SexAtBirth


@define(kw_only=True)
class UpdateAssociatedPersonRequest:
    """The associated person fields to change.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    sex_at_birth: None | SexAtBirth | Unset = UNSET
    relationship_type: None | RelationshipType | Unset = UNSET
    email: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
