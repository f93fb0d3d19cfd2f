"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class RequirementType(StrEnum):
    """Values the API documents for RequirementType.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    DEPENDENT_MANAGEMENT_INTENT = "dependent_management_intent"
    ENROLMENT_INTENT = "enrolment_intent"
    GROUP_POLICY_INTENT = "group_policy_intent"
    GROUP_QUOTE_INTENT = "group_quote_intent"
    POLICY_AMENDMENT_INTENT = "policy_amendment_intent"

    @classmethod
    def _missing_(cls, value: object) -> RequirementType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
