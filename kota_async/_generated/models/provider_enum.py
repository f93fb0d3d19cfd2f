"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class ProviderEnum(StrEnum):
    """Values the API documents for ProviderEnum.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    ALLIANZ = "allianz"
    ALLIANZ_KPT = "allianz_kpt"
    BUPA = "bupa"
    CANADA_LIFE = "canada_life"
    DANSK_SUNDHEDSSIKRING = "dansk_sundhedssikring"
    FREEDOM = "freedom"
    FREEDOM_UK = "freedom_uk"
    HALLESCHE = "hallesche"
    IRISH_LIFE_HEALTH = "irish_life_health"
    ONVZ = "onvz"
    SANITAS = "sanitas"
    VITALITY = "vitality"

    @classmethod
    def _missing_(cls, value: object) -> ProviderEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
