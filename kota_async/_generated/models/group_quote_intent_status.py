"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class GroupQuoteIntentStatus(StrEnum):
    """Values the API documents for GroupQuoteIntentStatus.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    ACTION_REQUIRED = "action_required"
    AWAITING_QUOTE = "awaiting_quote"
    PROCESSING = "processing"
    QUOTE_AVAILABLE = "quote_available"
    QUOTE_EXPIRED = "quote_expired"
    REJECTED = "rejected"
    REJECTED_BY_INSURER = "rejected_by_insurer"

    @classmethod
    def _missing_(cls, value: object) -> GroupQuoteIntentStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
