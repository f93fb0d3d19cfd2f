"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class PolicyAmendmentActionCode(StrEnum):
    """Values the API documents for PolicyAmendmentActionCode.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    PROVIDE_DEPENDENTS_INFORMATION = "provide_dependents_information"

    @classmethod
    def _missing_(cls, value: object) -> PolicyAmendmentActionCode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
