"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@define(kw_only=True)
class PolicyImportIntentAssociatedPersonResponse:
    """The `PolicyImportIntentAssociatedPersonResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: UUID
    associated_person_id: str
    member_number: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
