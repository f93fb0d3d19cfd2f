"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_insurance_cost_sharing_configuration_response import (
        HealthInsuranceCostSharingConfigurationResponse,
    )


@define(kw_only=True)
class GroupQuoteResponse:
    """A priced quote for a group.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    employee_count: int
    cost_sharing: HealthInsuranceCostSharingConfigurationResponse
    total_monthly_premium: float
    currency: str
    generated_at: datetime.datetime
    expires_at: datetime.datetime
    pdf_url: None | str | Unset = UNSET
    pdf_expires_at: datetime.datetime | None | Unset = UNSET
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
