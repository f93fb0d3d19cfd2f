"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_type import MemberType
    from ..models.sex_at_birth import SexAtBirth


@define(kw_only=True)
class PolicyMemberResponse:
    """The `PolicyMemberResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    first_name: str
    last_name: str
    date_of_birth: datetime.date
    sex_at_birth: SexAtBirth
    member_type: MemberType
    member_number: None | str | Unset = UNSET
    associated_person_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
