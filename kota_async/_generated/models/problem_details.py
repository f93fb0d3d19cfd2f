"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@define(kw_only=True)
class ProblemDetails:
    """An error, described as problem details (RFC 9457).

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    type_: None | str | Unset = field(default=UNSET, metadata={"json": "type"})
    title: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    detail: None | str | Unset = UNSET
    instance: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
