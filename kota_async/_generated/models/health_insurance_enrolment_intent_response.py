"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_insurance_policy_configuration_response import (
        HealthInsurancePolicyConfigurationResponse,
    )
    from ..models.plan_coverage_option_selection_response import PlanCoverageOptionSelectionResponse
    from ..models.plan_coverage_response import PlanCoverageResponse


@define(kw_only=True)
class HealthInsuranceEnrolmentIntentResponse:
    """The `HealthInsuranceEnrolmentIntentResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    configuration: HealthInsurancePolicyConfigurationResponse
    coverage_options: list[PlanCoverageResponse] | None | Unset = UNSET
    coverage_selections: list[PlanCoverageOptionSelectionResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
