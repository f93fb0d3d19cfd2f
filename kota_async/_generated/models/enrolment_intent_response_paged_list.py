"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrolment_intent_response import EnrolmentIntentResponse


@define(kw_only=True)
class EnrolmentIntentResponsePagedList:
    """One page of enrolment intents.

    Unknown keys in a response are kept in `additional_properties` and sent back when the
    object is encoded again.
    """

    items: list[EnrolmentIntentResponse]
    page: int
    page_size: int
    total_count: int
    has_next_page: bool | Unset = UNSET
    has_previous_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
