"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.consent_type import ConsentType


@define(kw_only=True)
class ConsentLinkResponse:
    """The `ConsentLinkResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    type_: ConsentType = field(metadata={"json": "type"})
    url: str
    version: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
