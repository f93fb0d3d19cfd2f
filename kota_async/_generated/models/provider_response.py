"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_code import CountryCode


@define(kw_only=True)
class ProviderResponse:
    """An insurer whose plans Kota offers.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    name: str
    description: str
    website_url: str
    logo_url: str
    support_phone: str
    supported_countries: list[CountryCode]
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    employer_platform_url: None | str | Unset = UNSET
    kota_hub_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
