"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employer_eligibility_criterion_response import (
        EmployerEligibilityCriterionResponse,
    )
    from ..models.plan_coverage_option_benefit_response import PlanCoverageOptionBenefitResponse


@define(kw_only=True)
class PlanCoverageOptionResponse:
    """The `PlanCoverageOptionResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    name: str
    description: None | str | Unset = UNSET
    learn_more_url: None | str | Unset = UNSET
    from_price: float | None | Unset = UNSET
    benefits: list[PlanCoverageOptionBenefitResponse] | None | Unset = UNSET
    sub_options: list[PlanCoverageOptionResponse] | None | Unset = UNSET
    eligibility_criteria: list[EmployerEligibilityCriterionResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
