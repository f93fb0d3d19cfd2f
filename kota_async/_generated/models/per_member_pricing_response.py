"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.currency_code import CurrencyCode
    from ..models.member_type_pricing_response import MemberTypePricingResponse


@define(kw_only=True)
class PerMemberPricingResponse:
    """The `PerMemberPricingResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    currency: CurrencyCode
    member_type_pricing: list[MemberTypePricingResponse]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
