"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_amendment_associated_persons_response import (
        PolicyAmendmentAssociatedPersonsResponse,
    )
    from ..models.policy_amendment_intent_confirmation_code import (
        PolicyAmendmentIntentConfirmationCode,
    )
    from ..models.policy_amendment_quote_response import PolicyAmendmentQuoteResponse


@define(kw_only=True)
class PolicyAmendmentPendingConfirmationResponse:
    """The `PolicyAmendmentPendingConfirmationResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    code: PolicyAmendmentIntentConfirmationCode
    reason: str
    reason_description: str
    due_by: datetime.date
    quote: None | PolicyAmendmentQuoteResponse | Unset = UNSET
    associated_persons: None | PolicyAmendmentAssociatedPersonsResponse | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
