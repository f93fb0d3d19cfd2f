"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class MemberTypeCode(StrEnum):
    """Values the API documents for MemberTypeCode.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    ADULT = "adult"
    CHILD = "child"
    YOUNG_ADULT = "young_adult"

    @classmethod
    def _missing_(cls, value: object) -> MemberTypeCode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
