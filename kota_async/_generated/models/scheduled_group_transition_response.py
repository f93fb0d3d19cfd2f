"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    pass


@define(kw_only=True)
class ScheduledGroupTransitionResponse:
    """The `ScheduledGroupTransitionResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    new_group_id: str
    scheduled_date: datetime.date
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
