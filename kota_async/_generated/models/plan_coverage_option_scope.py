"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class PlanCoverageOptionScope(StrEnum):
    """Values the API documents for PlanCoverageOptionScope.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    GROUP_POLICY = "group_policy"
    MEMBER = "member"
    POLICY = "policy"

    @classmethod
    def _missing_(cls, value: object) -> PlanCoverageOptionScope | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
