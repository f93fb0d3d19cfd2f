"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class IntentActionType(StrEnum):
    """Values the API documents for IntentActionType.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    PROVIDE_BENEFICIARY_INFORMATION = "provide_beneficiary_information"
    PROVIDE_DEPENDANT_INFORMATION = "provide_dependant_information"
    PROVIDE_MISSING_INFORMATION = "provide_missing_information"

    @classmethod
    def _missing_(cls, value: object) -> IntentActionType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
