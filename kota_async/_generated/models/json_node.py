"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_node_options import JsonNodeOptions


@define(kw_only=True)
class JsonNode:
    """Any JSON value.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    options: JsonNodeOptions | Unset = UNSET
    parent: JsonNode | Unset = UNSET
    root: JsonNode | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
