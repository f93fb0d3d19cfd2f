"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class DisclosureType(StrEnum):
    """Values the API documents for DisclosureType.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    ANTI_SELECTION_NOTICE = "anti_selection_notice"
    INTERMEDIARY_COMMISSION = "intermediary_commission"
    INTERMEDIARY_ROLE = "intermediary_role"
    PRE_EXISTING_CONDITIONS = "pre_existing_conditions"
    PRODUCT_INFORMATION = "product_information"
    STATEMENT_OF_NEEDS = "statement_of_needs"
    STATUTORY_WARNING = "statutory_warning"
    UNDERWRITER_DISCLAIMER = "underwriter_disclaimer"

    @classmethod
    def _missing_(cls, value: object) -> DisclosureType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
