"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    pass


@define(kw_only=True)
class HealthInsuranceRequiredActionResponse:
    """Something the employer or employee must do, and by when. Kota words reason and
    reason_description for the end user: show them as they are, as a message's title and body,
    with due_at as the deadline.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    reason: str
    reason_description: str
    code: str
    due_at: datetime.date
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
