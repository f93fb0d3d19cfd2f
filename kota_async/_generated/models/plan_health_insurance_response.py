"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.cost_sharing_option import CostSharingOption
    from ..models.health_insurance_type import HealthInsuranceType
    from ..models.member_type import MemberType
    from ..models.plan_pricing_response import PlanPricingResponse


@define(kw_only=True)
class PlanHealthInsuranceResponse:
    """The `PlanHealthInsuranceResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    health_insurance_type: HealthInsuranceType
    supported_cost_sharing_options: list[CostSharingOption]
    supported_member_types: list[MemberType]
    pricing: PlanPricingResponse
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
