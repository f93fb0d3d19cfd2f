"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class EmployerHealthInsuranceQuoteStatus(StrEnum):
    """Values the API documents for EmployerHealthInsuranceQuoteStatus.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    ACCEPTED = "accepted"
    ACTION_REQUIRED = "action_required"
    NOT_UNDERTAKEN = "not_undertaken"
    PENDING_INSURER_ACCEPTANCE = "pending_insurer_acceptance"
    PENDING_QUOTE = "pending_quote"

    @classmethod
    def _missing_(cls, value: object) -> EmployerHealthInsuranceQuoteStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
