"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class HealthInsurancePolicyRenewalStatus(StrEnum):
    """Values the API documents for HealthInsurancePolicyRenewalStatus.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    CANCELLED = "cancelled"
    OPEN = "open"
    RENEWED = "renewed"
    UPCOMING = "upcoming"

    @classmethod
    def _missing_(cls, value: object) -> HealthInsurancePolicyRenewalStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
