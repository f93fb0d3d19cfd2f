"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.member_type_code import MemberTypeCode


@define(kw_only=True)
class MemberTypePricingResponse:
    """The `MemberTypePricingResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    code: MemberTypeCode
    display_name: str
    monthly_premium: float
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
