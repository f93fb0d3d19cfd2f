"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.per_member_pricing_response import PerMemberPricingResponse
    from ..models.plan_pricing_type import PlanPricingType
    from ..models.tier_based_pricing_response import TierBasedPricingResponse


@define(kw_only=True)
class PlanPricingResponse:
    """The `PlanPricingResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    type_: PlanPricingType = field(metadata={"json": "type"})
    per_member: None | PerMemberPricingResponse | Unset = UNSET
    tier_based: None | TierBasedPricingResponse | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
