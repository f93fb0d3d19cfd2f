"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.policy_amendment_quote_contributions_response import (
        PolicyAmendmentQuoteContributionsResponse,
    )


@define(kw_only=True)
class PolicyAmendmentQuoteResponse:
    """The `PolicyAmendmentQuoteResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    currency: str
    monthly: PolicyAmendmentQuoteContributionsResponse
    term: PolicyAmendmentQuoteContributionsResponse
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
