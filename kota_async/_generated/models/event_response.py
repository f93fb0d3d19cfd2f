"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@define(kw_only=True)
class EventResponse:
    """A change to one of your resources, as listed or retrieved through the API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    id: str
    platform_id: str
    created: datetime.datetime
    type_: str = field(metadata={"json": "type"})
    data: Any
    api_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
