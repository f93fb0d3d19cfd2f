"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.family_tier_code import FamilyTierCode


@define(kw_only=True)
class PricingTierResponse:
    """The `PricingTierResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    code: FamilyTierCode
    display_name: str
    monthly_premium: float
    annual_premium: float
    display_dependent_requirements: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
