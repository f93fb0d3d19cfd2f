"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class CostSharingOption(StrEnum):
    """Values the API documents for CostSharingOption.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    FAMILY_TYPE = "family_type"
    FIXED_AMOUNT = "fixed_amount"
    FULL_COVERAGE = "full_coverage"
    MEMBER_COUNT = "member_count"
    MEMBER_SELECTION = "member_selection"
    PERCENTAGE = "percentage"
    POLICYHOLDER_ONLY = "policyholder_only"

    @classmethod
    def _missing_(cls, value: object) -> CostSharingOption | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
