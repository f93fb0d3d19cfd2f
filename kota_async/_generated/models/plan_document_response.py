"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_document_type import PlanDocumentType


@define(kw_only=True)
class PlanDocumentResponse:
    """The `PlanDocumentResponse` object of the Kota API.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    title: str
    link: str
    type_: PlanDocumentType | Unset = field(default=UNSET, metadata={"json": "type"})
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
