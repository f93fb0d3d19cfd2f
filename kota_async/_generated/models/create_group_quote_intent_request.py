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
    from ..models.plan_coverage_option_selection_request import PlanCoverageOptionSelectionRequest


@define(kw_only=True)
class CreateGroupQuoteIntentRequest:
    """The group and plan to quote, and how costs are shared.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    group_id: str
    plan_id: str
    cost_sharing: HealthInsuranceCostSharingConfigurationResponse | None | Unset = UNSET
    expected_start_date: datetime.date | None | Unset = UNSET
    coverage_selections: list[PlanCoverageOptionSelectionRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
