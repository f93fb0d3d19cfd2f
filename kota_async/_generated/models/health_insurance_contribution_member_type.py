"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class HealthInsuranceContributionMemberType(StrEnum):
    """Values the API documents for HealthInsuranceContributionMemberType.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    CHILD_DEPENDANT = "child_dependant"
    PARTNER_DEPENDANT = "partner_dependant"
    POLICYHOLDER = "policyholder"

    @classmethod
    def _missing_(cls, value: object) -> HealthInsuranceContributionMemberType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
