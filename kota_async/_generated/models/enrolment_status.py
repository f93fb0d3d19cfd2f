"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class EnrolmentStatus(StrEnum):
    """Values the API documents for EnrolmentStatus.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    CANCELLED = "cancelled"
    ENROLLED = "enrolled"
    ENROLLING = "enrolling"
    ENROLMENT_AVAILABLE = "enrolment_available"
    NOT_AVAILABLE = "not_available"
    OPTED_OUT = "opted_out"

    @classmethod
    def _missing_(cls, value: object) -> EnrolmentStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
