"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qualifying_life_event_type import QualifyingLifeEventType


@define(kw_only=True)
class PolicyAmendmentQualifyingLifeEventResponse:
    """The `PolicyAmendmentQualifyingLifeEventResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    event: QualifyingLifeEventType
    event_date: datetime.date
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
