"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_code import CurrencyCode
    from ..models.health_insurance_coverage_level_document_response import (
        HealthInsuranceCoverageLevelDocumentResponse,
    )


@define(kw_only=True)
class HealthInsuranceCoverageLevelResponse:
    """A plan the cover is based on, with its provider and documents.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    plan_id: str
    plan_name: str
    plan_currency: CurrencyCode
    provider_name: str
    provider_logo_url: str
    documents: list[HealthInsuranceCoverageLevelDocumentResponse]
    provider_employer_platform_url: None | str | Unset = UNSET
    provider_support_phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
