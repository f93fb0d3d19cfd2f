"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.requirement_object_type import RequirementObjectType
    from ..models.requirement_type import RequirementType


@define(kw_only=True)
class GroupQuoteIntentRequirementResponse:
    """A piece of information a group quote intent still needs.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    object_type: RequirementObjectType
    object_id: str
    is_fulfilled: bool
    requirement_type: RequirementType
    object_: str | Unset = field(default=UNSET, metadata={"json": "object"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
