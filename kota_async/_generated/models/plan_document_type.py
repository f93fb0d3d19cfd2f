"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class PlanDocumentType(StrEnum):
    """Values the API documents for PlanDocumentType.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    HOSPITAL_LIST = "hospital_list"
    IPID = "ipid"
    OTHER = "other"
    PLAN_SUMMARY = "plan_summary"
    TABLE_OF_COVER = "table_of_cover"
    TERMS_AND_CONDITIONS = "terms_and_conditions"
    WAITING_PERIODS = "waiting_periods"

    @classmethod
    def _missing_(cls, value: object) -> PlanDocumentType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
