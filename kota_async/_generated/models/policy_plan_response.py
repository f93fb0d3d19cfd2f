"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.currency_code import CurrencyCode
    from ..models.plan_document_response import PlanDocumentResponse


@define(kw_only=True)
class PolicyPlanResponse:
    """The `PolicyPlanResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    name: str
    description: str
    currency: CurrencyCode
    documents: list[PlanDocumentResponse]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
