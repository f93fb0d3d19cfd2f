"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class EligibilityStatus(StrEnum):
    """Values the API documents for EligibilityStatus.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    PENDING = "pending"

    @classmethod
    def _missing_(cls, value: object) -> EligibilityStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
