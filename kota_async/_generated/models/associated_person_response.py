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
class AssociatedPersonResponse:
    """A person linked to an employee.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    employee_id: str
    first_name: str
    last_name: str
    date_of_birth: datetime.date
    sex_at_birth: SexAtBirth
    relationship_type: RelationshipType
    platform_id: str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
