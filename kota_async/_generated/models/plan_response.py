"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.benefit_type import BenefitType
    from ..models.country_code import CountryCode
    from ..models.disclosure_response import DisclosureResponse
    from ..models.employee_eligibility_criterion_response import (
        EmployeeEligibilityCriterionResponse,
    )
    from ..models.employer_eligibility_criterion_response import (
        EmployerEligibilityCriterionResponse,
    )
    from ..models.plan_coverage_response import PlanCoverageResponse
    from ..models.plan_document_response import PlanDocumentResponse
    from ..models.plan_health_insurance_response import PlanHealthInsuranceResponse
    from ..models.plan_provider_response import PlanProviderResponse


@define(kw_only=True)
class PlanResponse:
    """An insurance product that can be quoted.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    type_: BenefitType = field(metadata={"json": "type"})
    name: str
    description: str
    country: CountryCode
    provider: PlanProviderResponse
    documents: list[PlanDocumentResponse]
    employer_eligibility_criteria: list[EmployerEligibilityCriterionResponse]
    employee_eligibility_criteria: list[EmployeeEligibilityCriterionResponse]
    disclosures: list[DisclosureResponse]
    available_from: datetime.date
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    health_insurance: None | PlanHealthInsuranceResponse | Unset = UNSET
    available_to: datetime.date | None | Unset = UNSET
    coverage_options: list[PlanCoverageResponse] | None | Unset = UNSET
    eligible_count: int | None | Unset = UNSET
    ineligible_count: int | None | Unset = UNSET
    total_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
