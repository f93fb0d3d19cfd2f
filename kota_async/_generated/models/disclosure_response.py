"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from ..models.disclosure_category import DisclosureCategory
    from ..models.disclosure_type import DisclosureType


@define(kw_only=True)
class DisclosureResponse:
    """A statement that must be shown to the customer, as written.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    category: DisclosureCategory
    type_: DisclosureType = field(metadata={"json": "type"})
    text: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
