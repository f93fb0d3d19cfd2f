"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class PolicyAmendmentIntentStatus(StrEnum):
    """Values the API documents for PolicyAmendmentIntentStatus.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    ACTION_REQUIRED = "action_required"
    AMENDED = "amended"
    AWAITING_QUOTE = "awaiting_quote"
    NOT_UNDERTAKEN = "not_undertaken"
    PENDING_CONFIRMATION = "pending_confirmation"
    PROCESSING = "processing"
    PROCESSING_ERROR = "processing_error"

    @classmethod
    def _missing_(cls, value: object) -> PolicyAmendmentIntentStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
