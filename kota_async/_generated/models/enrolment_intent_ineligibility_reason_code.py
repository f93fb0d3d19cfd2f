"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class EnrolmentIntentIneligibilityReasonCode(StrEnum):
    """Values the API documents for EnrolmentIntentIneligibilityReasonCode.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    EMPLOYEE_ABOVE_MAXIMUM_AGE = "employee_above_maximum_age"
    EMPLOYEE_NOT_ACTIVE = "employee_not_active"
    EMPLOYEE_RESTRICTED = "employee_restricted"
    EMPLOYEE_UNDER_MINIMUM_AGE = "employee_under_minimum_age"
    EMPLOYMENT_NOT_STARTED = "employment_not_started"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value: object) -> EnrolmentIntentIneligibilityReasonCode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
