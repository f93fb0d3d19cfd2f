"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.currency_code import CurrencyCode
    from ..models.health_insurance_policy_gross_estimation_amount_response import (
        HealthInsurancePolicyGrossEstimationAmountResponse,
    )


@define(kw_only=True)
class HealthInsurancePolicyEstimatedGrossPremiumResponse:
    """The `HealthInsurancePolicyEstimatedGrossPremiumResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    currency: CurrencyCode
    monthly: HealthInsurancePolicyGrossEstimationAmountResponse
    term: HealthInsurancePolicyGrossEstimationAmountResponse
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
